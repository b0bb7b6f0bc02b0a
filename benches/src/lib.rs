//! Criterion benchmarks; see benches/benches/.
