//! The document's head (Decree 30/2020/NĐ-CP, Appendix I): the borderless two-column
//! letterhead (governing and issuing bodies and the number on the left; the national name,
//! the motto and the place-and-date line on the right, each body and the motto over a short
//! rule), then the title, the as-of line, the filters and the headline figures.

use crate::content::Content;
use crate::para::{para, Para, Run, BODY, CENTER};
use crate::table::two_cells;

/// The left column of the letterhead: 65 mm.
const LEFT: u32 = 3685;

/// A centred letterhead line: no spacing.
const LINE: Para = Para {
    before: Some(0),
    after: Some(0),
    ..CENTER
};

/// A short rule: a thin empty paragraph with a border under it, `indent` from each side.
fn rule(out: &mut String, indent: u32) {
    let p = Para {
        indent: (indent, indent),
        exact_line: Some(100),
        rule: true,
        ..LINE
    };
    para(out, &p, &[]);
}

/// The letterhead table, the title and what follows it up to part I.
pub fn front(out: &mut String, c: &Content) {
    let h = &c.letterhead;
    two_cells(
        out,
        LEFT,
        |out| {
            para(out, &LINE, &[Run::plain(&h.parent).sized(26)]);
            para(out, &LINE, &[Run::bold(&h.issuer).sized(26)]);
            rule(out, 1134);
            let p = Para {
                before: Some(120),
                ..LINE
            };
            para(out, &p, &[Run::plain(&h.number).sized(26)]);
        },
        |out| {
            para(out, &LINE, &[Run::bold(h.nation).sized(24)]);
            para(out, &LINE, &[Run::bold(h.motto).sized(26)]);
            // As long as the motto (13 pt bold: ~56 mm of the 100 mm column).
            rule(out, 1260);
            let p = Para {
                before: Some(120),
                ..LINE
            };
            para(out, &p, &[Run::italic(&h.dateline).sized(26)]);
        },
    );
    let title = Para {
        before: Some(360),
        after: Some(0),
        keep_next: true,
        ..CENTER
    };
    para(out, &title, &[Run::bold(h.kind)]);
    let subject = Para {
        before: Some(0),
        after: Some(120),
        ..CENTER
    };
    for line in h.subject.lines() {
        para(out, &subject, &[Run::bold(line)]);
    }
    for line in [&c.as_of, &c.filters].into_iter().flatten() {
        para(out, &CENTER, &[Run::italic(line)]);
    }
    let rule_after = Para {
        indent: (3400, 3400),
        exact_line: Some(100),
        rule: true,
        after: Some(240),
        ..CENTER
    };
    para(out, &rule_after, &[]);
    for (value, label) in &c.figures {
        para(
            out,
            &BODY,
            &[Run::plain(label), Run::plain(": "), Run::bold(value)],
        );
    }
    if let Some(note) = &c.left_out {
        para(out, &BODY, &[Run::italic(note)]);
    }
}
