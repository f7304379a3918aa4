//! The `seimbang` command: a thin shell around the engine (reads files, passes today's
//! date, writes files). All logic lives in the engine.

fn main() {
    eprintln!("seimbang: no command yet");
    std::process::exit(2);
}
