//! The `infolit` binary: a shim over [`infolit::cli::run`], which turns the outcome into an
//! exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    infolit::cli::run(std::env::args_os())
}
