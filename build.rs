//! The default theme and the `keng init` scaffold are compiled into the
//! binary (include_dir); tell Cargo to rebuild when their files change.

fn main() {
    println!("cargo:rerun-if-changed=themes/default");
    println!("cargo:rerun-if-changed=scaffold");
}
