//! The temporary needs on one time axis: each need's period as a share of the span from
//! the earliest start to the latest end, and how much of what it asked the second flow
//! assigned, so a workshop sees at a glance which programme runs when and which is
//! short.

use seimbang_engine::plan::assignment::TemporaryPlan;

/// One need's bar, in percent of the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct NeedBar {
    /// Index into the plan's needs.
    pub need: usize,
    pub left: f64,
    pub width: f64,
    /// Assigned over ⌈asked⌉, at most 1.
    pub filled: f64,
}

/// The axis: the earliest start and the latest end (none without needs).
pub fn axis(plan: &TemporaryPlan) -> Option<(seimbang_engine::Date, seimbang_engine::Date)> {
    let start = plan.needs.iter().map(|f| f.need.mulai).min()?;
    let end = plan.needs.iter().map(|f| f.need.selesai).max()?;
    Some((start, end))
}

/// The bars of every need (none without needs). Periods count their last day.
pub fn need_bars(plan: &TemporaryPlan) -> Vec<NeedBar> {
    let days = |f: &seimbang_engine::plan::assignment::NeedFill| {
        (
            f.need.mulai.days_since_epoch(),
            f.need.selesai.days_since_epoch() + 1,
        )
    };
    let (Some(start), Some(end)) = (
        plan.needs.iter().map(|f| days(f).0).min(),
        plan.needs.iter().map(|f| days(f).1).max(),
    ) else {
        return Vec::new();
    };
    let span = (end - start).max(1) as f64;
    plan.needs
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let (a, b) = days(f);
            let asked = f.need.tambahan.ceil().max(1.0);
            NeedBar {
                need: i,
                left: 100.0 * (a - start) as f64 / span,
                width: 100.0 * (b - a) as f64 / span,
                filled: (f64::from(f.assigned) / asked).min(1.0),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use seimbang_engine::dataset::TemporaryNeed;
    use seimbang_engine::plan::assignment::NeedFill;
    use seimbang_engine::Date;

    fn fill(from: (u32, u32), to: (u32, u32), asked: f64, assigned: u32) -> NeedFill {
        let d = |(m, day): (u32, u32)| Date::new(2026, m, day).unwrap();
        NeedFill {
            need: TemporaryNeed {
                kode_unit: "U".into(),
                jabatan_diterima: vec!["J".into()],
                tambahan: asked,
                mulai: d(from),
                selesai: d(to),
                prioritas: 1.0,
                keterangan: String::new(),
                row: 0,
            },
            assigned,
            shortfall: None,
        }
    }

    #[test]
    fn bars_share_one_axis() {
        let plan = TemporaryPlan {
            needs: vec![fill((1, 1), (1, 10), 3.0, 1), fill((1, 6), (1, 20), 1.5, 2)],
            ..TemporaryPlan::default()
        };
        let bars = need_bars(&plan);
        // 1-20 January is 20 days: the first runs days 0-10, the second 5-20.
        assert_eq!(bars[0].left, 0.0);
        assert_eq!(bars[0].width, 50.0);
        assert!((bars[0].filled - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(bars[1].left, 25.0);
        assert_eq!(bars[1].width, 75.0);
        assert_eq!(bars[1].filled, 1.0);
        assert!(need_bars(&TemporaryPlan::default()).is_empty());
        let d = |day| Date::new(2026, 1, day).unwrap();
        assert_eq!(axis(&plan), Some((d(1), d(20))));
    }
}
