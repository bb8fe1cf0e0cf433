//! The panels around the canvas. Each draws from the app's state and only emits actions.

pub mod articles;
pub mod inspector;
pub mod menu;
pub mod status;
