//! Lengths in ems, the newsroom's unit: one em is one Chinese character at body size.

use serde::{Deserialize, Serialize};

/// A length in ems (1 em = the width of one ideograph at the text's size).
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Em(pub f32);

impl Em {
    /// Zero ems.
    pub const ZERO: Em = Em(0.0);

    /// The number of ems as a float.
    pub fn get(self) -> f32 {
        self.0
    }

    /// The larger of two lengths.
    pub fn max(self, other: Em) -> Em {
        Em(self.0.max(other.0))
    }

    /// The smaller of two lengths.
    pub fn min(self, other: Em) -> Em {
        Em(self.0.min(other.0))
    }
}

impl std::ops::Add for Em {
    type Output = Em;
    fn add(self, rhs: Em) -> Em {
        Em(self.0 + rhs.0)
    }
}

impl std::ops::AddAssign for Em {
    fn add_assign(&mut self, rhs: Em) {
        self.0 += rhs.0;
    }
}

impl std::ops::Sub for Em {
    type Output = Em;
    fn sub(self, rhs: Em) -> Em {
        Em(self.0 - rhs.0)
    }
}

impl std::ops::SubAssign for Em {
    fn sub_assign(&mut self, rhs: Em) {
        self.0 -= rhs.0;
    }
}

impl std::ops::Mul<f32> for Em {
    type Output = Em;
    fn mul(self, rhs: f32) -> Em {
        Em(self.0 * rhs)
    }
}

impl std::ops::Div<f32> for Em {
    type Output = Em;
    fn div(self, rhs: f32) -> Em {
        Em(self.0 / rhs)
    }
}

impl std::iter::Sum for Em {
    fn sum<I: Iterator<Item = Em>>(iter: I) -> Em {
        iter.fold(Em::ZERO, |a, b| a + b)
    }
}

impl std::fmt::Display for Em {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} em", self.0)
    }
}
