//! The `phusong` command line: a thin shell over the model, engine and sample crates.

mod args;
mod baseline;
mod check;
mod convert;
mod docx;

use args::Command;
use std::io::Write;
use std::process::ExitCode;

// Loading allocates a few strings per record; mimalloc makes that and the final free
// several times cheaper than glibc's malloc (docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let command = match args::parse(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(message) => {
            eprintln!("phusong: {message}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Help => {
            println!("{}", args::USAGE);
            ExitCode::SUCCESS
        }
        Command::Check { files, lang } => check::run(&files, lang, None),
        Command::Summary {
            files,
            lang,
            as_of,
            compare,
        } => {
            // Without --as-of: today on this computer (local time), capped by the engine.
            let as_of = as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
            let baseline = if compare.is_empty() {
                None
            } else {
                match baseline::load_baseline(&compare, lang) {
                    Ok(b) => Some(b),
                    Err(code) => return code,
                }
            };
            check::run_with(&files, lang, Some(as_of), baseline.as_ref())
        }
        Command::Convert { files, out, lang } => convert::run(&files, &out, lang),
        Command::Docx {
            files,
            out,
            lang,
            as_of,
        } => {
            let today = chrono::Local::now().date_naive();
            docx::run(&files, &out, lang, as_of.unwrap_or(today), today)
        }
        Command::Sample { options, out } => sample(&options, out.as_deref()),
    }
}

fn sample(options: &phusong_sample::SampleOptions, out: Option<&std::path::Path>) -> ExitCode {
    let xlsx = out.is_some_and(|p| {
        p.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
    });
    let result = match out {
        // `--out sample.xlsx`: the same dataset as a workbook in the template's layout.
        Some(path) if xlsx => sample_xlsx(options).and_then(|bytes| std::fs::write(path, bytes)),
        Some(path) => std::fs::File::create(path).and_then(|f| {
            let mut w = std::io::BufWriter::new(f);
            phusong_sample::write_sample(options, &mut w)?;
            w.flush()
        }),
        None => {
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            phusong_sample::write_sample(options, &mut w).and_then(|_| w.flush())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("phusong sample: không ghi được dữ liệu / cannot write: {e}");
            ExitCode::from(1)
        }
    }
}

/// The sample dataset of `options` as an .xlsx (`phusong_workbook::dataset_xlsx`).
fn sample_xlsx(options: &phusong_sample::SampleOptions) -> std::io::Result<Vec<u8>> {
    let json = phusong_sample::sample_json(options);
    let loaded = phusong_model::load([phusong_model::SourceFile {
        name: "sample.json",
        bytes: json.as_bytes(),
    }]);
    let data = loaded
        .dataset
        .ok_or_else(|| std::io::Error::other("the sample has no plan"))?;
    phusong_workbook::dataset_xlsx(&data).map_err(std::io::Error::other)
}
