//! agent-sim
