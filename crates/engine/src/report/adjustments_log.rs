//! The adjustments of a scenario as people read them: who (or which slot) each one is
//! about, what was decided, the detail (target slot, end date, new need) and the reason
//! the user gave. The workbench lists these lines; the report prints and exports them,
//! because a decision a PPK signs must show who was locked, forced or kept out, and why.

use super::names::Names;
use super::table::{col, Column, Table, Value};
use crate::lang::Lang;
use crate::plan::{AdjustmentKind, Adjustments};

/// Sheet and file name.
pub const NAME: &str = "penyesuaian";

const COLUMNS: &[Column] = &[
    col("Pegawai atau slot", "Employee or slot"),
    col("Keputusan", "Decision"),
    col("Rincian", "Detail"),
    col("Alasan", "Reason"),
];

/// One adjustment as a line: `subject — decision detail (reason)`; `kind` and `index`
/// say which entry of [`Adjustments`] it is (to remove it).
#[derive(Clone, Debug, PartialEq)]
pub struct LogEntry {
    pub kind: AdjustmentKind,
    pub index: usize,
    /// The person (`Name (NIP)`) or, for a need, the slot by name.
    pub subject: String,
    /// The target slot by name, the end date or the new need, in the user's words.
    pub detail: String,
    pub reason: String,
}

/// What an entry of this kind decided about its subject, read after it: "Siti (1980…)
/// — dilarang pindah ke Analis, Bidang Mutasi".
pub fn decision(kind: AdjustmentKind, lang: Lang) -> &'static str {
    match kind {
        AdjustmentKind::Lock => lang.pick("dikunci di tempatnya", "locked in place"),
        AdjustmentKind::Unlock => lang.pick("kunci dari data dibuka", "the data's lock lifted"),
        AdjustmentKind::Forbidden => lang.pick("dilarang pindah ke", "must not move to"),
        AdjustmentKind::Forced => lang.pick("wajib pindah ke", "must move to"),
        AdjustmentKind::Temporary => {
            lang.pick("pindah sementara sampai", "moved for a while, until")
        }
        AdjustmentKind::Need => lang.pick("kebutuhan diubah menjadi", "need changed to"),
        AdjustmentKind::AddedNeed => lang.pick("butuh bantuan sementara", "needs temporary help"),
        AdjustmentKind::RemovedNeed => lang.pick(
            "kebutuhan sementara dari data dihapus",
            "the data's temporary need removed",
        ),
        AdjustmentKind::KeptHome => lang.pick(
            "tidak ditugaskan sementara ke unit lain",
            "never lent to another unit",
        ),
        AdjustmentKind::ForcedHelp => {
            lang.pick("wajib membantu sementara di", "must help for a while at")
        }
    }
}

/// Every adjustment, in kind order (locks, unlocks, forbidden, forced, temporary,
/// needs), each kind in the order it was made; names from the data.
pub fn adjustments_log(adj: &Adjustments, names: &Names<'_>, lang: Lang) -> Vec<LogEntry> {
    let e = |kind, index, subject: String, detail: String, reason: &str| LogEntry {
        kind,
        index,
        subject,
        detail,
        reason: reason.to_string(),
    };
    let mut out = Vec::new();
    out.extend(adj.locks.iter().enumerate().map(|(i, l)| {
        let who = names.person(&l.nip);
        e(AdjustmentKind::Lock, i, who, String::new(), &l.reason)
    }));
    out.extend(adj.unlocks.iter().enumerate().map(|(i, l)| {
        let who = names.person(&l.nip);
        e(AdjustmentKind::Unlock, i, who, String::new(), &l.reason)
    }));
    out.extend(adj.forbidden.iter().enumerate().map(|(i, f)| {
        let (who, to) = (names.person(&f.nip), names.slot(&f.target));
        e(AdjustmentKind::Forbidden, i, who, to, &f.reason)
    }));
    out.extend(adj.forced.iter().enumerate().map(|(i, f)| {
        let (who, to) = (names.person(&f.nip), names.slot(&f.target));
        e(AdjustmentKind::Forced, i, who, to, &f.reason)
    }));
    out.extend(adj.temporary.iter().enumerate().map(|(i, t)| {
        let who = names.person(&t.nip);
        e(
            AdjustmentKind::Temporary,
            i,
            who,
            lang.date(t.until),
            &t.reason,
        )
    }));
    out.extend(adj.needs.iter().enumerate().map(|(i, n)| {
        let slot = names.slot(&n.slot);
        e(
            AdjustmentKind::Need,
            i,
            slot,
            lang.decimal(n.need),
            &n.reason,
        )
    }));
    out.extend(adj.temporary_needs.iter().enumerate().map(|(i, k)| {
        let unit = names.unit_or_code(&k.kode_unit);
        let detail = format!(
            "{} {}, {} – {}",
            lang.decimal(k.tambahan),
            lang.pick("pegawai", "staff"),
            lang.date(k.mulai),
            lang.date(k.selesai)
        );
        e(AdjustmentKind::AddedNeed, i, unit, detail, &k.keterangan)
    }));
    out.extend(adj.kept_home.iter().enumerate().map(|(i, k)| {
        e(
            AdjustmentKind::KeptHome,
            i,
            names.person(&k.nip),
            String::new(),
            &k.reason,
        )
    }));
    out.extend(adj.help_forced.iter().enumerate().map(|(i, f)| {
        let unit = names.unit_or_code(&f.kode_unit);
        let detail = format!(
            "{unit} ({} {})",
            lang.pick("mulai", "from"),
            lang.date(f.mulai)
        );
        e(
            AdjustmentKind::ForcedHelp,
            i,
            names.person(&f.nip),
            detail,
            &f.reason,
        )
    }));
    out.extend(adj.removed_needs.iter().enumerate().map(|(i, r)| {
        let subject = format!("{} {}", lang.pick("baris", "row"), r.row);
        e(
            AdjustmentKind::RemovedNeed,
            i,
            subject,
            String::new(),
            &r.reason,
        )
    }));
    out
}

/// The log as a report table; one line saying there were none when it is empty, so a
/// printed or exported report never leaves the reader guessing.
pub fn adjustments_table(log: &[LogEntry], lang: Lang) -> Table {
    let mut t = Table::new(NAME, COLUMNS, lang);
    if log.is_empty() {
        t.rows.push(vec![
            Value::text(lang.pick("tidak ada penyesuaian", "no adjustments")),
            Value::Empty,
            Value::Empty,
            Value::Empty,
        ]);
    }
    for e in log {
        t.rows.push(vec![
            Value::text(&e.subject),
            Value::text(decision(e.kind, lang)),
            Value::text(&e.detail),
            Value::text(&e.reason),
        ]);
    }
    t
}
