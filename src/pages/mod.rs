//! One module per page of the workflow.

mod analysis;
mod balance;
mod data;
mod report;
mod rules;
mod scenarios;

pub use analysis::AnalysisPage;
pub use balance::BalancePage;
pub use data::DataPage;
pub use report::ReportPage;
pub use rules::RulesPage;
pub use scenarios::ScenariosPage;
