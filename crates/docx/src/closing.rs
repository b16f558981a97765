//! The closing blocks: "Nơi nhận" (bold italic, the recipients in 11 pt) beside the signer's
//! title and name, and the acceptance appendix's sign-off of its two parties. Both are
//! borderless two-column tables, as Decree 30 lays them out.

use crate::content::Content;
use crate::para::{para, Align, Para, Run, CENTER};
use crate::table::{two_cells, TEXT_WIDTH};

/// No spacing, left.
const TIGHT: Para = Para {
    align: Align::Left,
    first_line: 0,
    before: Some(0),
    after: Some(0),
    ..CENTER
};

/// "Nơi nhận" and the signature, kept together on one page.
pub fn signature(out: &mut String, c: &Content) {
    let cl = &c.closing;
    let heading = format!("{}:", cl.recipients_heading);
    two_cells(
        out,
        TEXT_WIDTH / 2,
        |out| {
            let p = Para {
                before: Some(240),
                ..TIGHT
            };
            let heading = Run {
                italic: true,
                ..Run::bold(&heading).sized(24)
            };
            para(out, &p, &[heading]);
            let last = cl.recipients.len().saturating_sub(1);
            for (i, line) in cl.recipients.iter().enumerate() {
                let r = Run::plain(line).sized(22);
                let p = Para {
                    keep_next: i < last,
                    ..TIGHT
                };
                para(out, &p, &[r]);
            }
            if cl.recipients.is_empty() {
                para(out, &TIGHT, &[]);
            }
        },
        |out| {
            let p = Para {
                before: Some(240),
                after: Some(0),
                keep_next: true,
                ..CENTER
            };
            para(out, &p, &[Run::bold(&cl.signer_title)]);
            // Room for the signature and the seal.
            let name = Para {
                before: Some(1700),
                after: Some(0),
                ..CENTER
            };
            para(out, &name, &[Run::bold(&cl.signer_name)]);
        },
    );
}

/// The acceptance appendix's sign-off: each party's representative and the hint.
pub fn sign_off(out: &mut String, buyer: &str, outlet: &str, hint: &str) {
    let party = |out: &mut String, who: &str| {
        let p = Para {
            before: Some(360),
            after: Some(0),
            keep_next: true,
            ..CENTER
        };
        para(out, &p, &[Run::bold(who)]);
        let p = Para {
            before: Some(0),
            after: Some(1400),
            ..CENTER
        };
        para(out, &p, &[Run::italic(hint)]);
    };
    // A paragraph between it and the table before it: adjacent tables merge into one.
    para(out, &TIGHT, &[]);
    two_cells(
        out,
        TEXT_WIDTH / 2,
        |out| party(out, buyer),
        |out| party(out, outlet),
    );
}
