//! Small reusable pieces of the interface.

pub mod before_after;
pub mod chart;
pub mod deferred;
pub mod figures;
pub mod file_drop;
pub mod import_report;
pub mod import_summary;
pub mod lang_switch;
pub mod nav;
pub mod params_form;
pub mod plan_charts;
pub mod restore_notice;
pub mod run_panel;
pub mod run_slot;
pub mod summary;
pub mod table_view;
