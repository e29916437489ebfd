#[cfg(target_arch = "wasm32")]
fn main() {
    ripe_for_peace::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Ripe for Peace runs in the browser: use `make serve`.");
}
