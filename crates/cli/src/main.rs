//! The `phusong` command line: a thin shell over the model, engine and sample crates.

mod args;
mod check;
mod convert;

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
        Command::Summary { files, lang, as_of } => {
            // Without --as-of: today on this computer (local time), capped by the engine.
            let as_of = as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
            check::run(&files, lang, Some(as_of))
        }
        Command::Convert { files, out, lang } => convert::run(&files, &out, lang),
        Command::Sample { options, out } => sample(&options, out.as_deref()),
    }
}

fn sample(options: &phusong_sample::SampleOptions, out: Option<&std::path::Path>) -> ExitCode {
    let result = match out {
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
