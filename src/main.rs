fn main() {
    std::process::exit(ropa::cli::run());
}
