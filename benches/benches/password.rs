//! Full credential derivation (all four formats, OWASP defaults), with
//! argon2's memory allocated per call or reused as the hash pool does, and
//! the unchanged-password check (one argon2id verification).
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use password_sync::{material, HashMemory, HashParams, Zeroizing};

fn derivation(c: &mut Criterion) {
    let params = HashParams::default();
    let pw = "Corr3ct-Horse-Battery";
    let mut g = c.benchmark_group("password-sync");
    g.sample_size(10);
    g.bench_function("derive all four formats", |b| {
        b.iter(|| material::derive(Zeroizing::new(pw.to_string()), black_box(&params)))
    });
    let mut mem = HashMemory::new();
    g.bench_function("derive all four formats, reused memory (hash pool)", |b| {
        b.iter(|| material::derive_in(Zeroizing::new(pw.to_string()), black_box(&params), &mut mem))
    });
    g.bench_function("argon2id verifier", |b| {
        b.iter(|| material::argon2_verifier(pw, &params))
    });
    g.bench_function("argon2id verifier, reused memory (hash pool)", |b| {
        b.iter(|| material::argon2_verifier_in(pw, &params, &mut mem))
    });
    g.bench_function("linux sha512-crypt", |b| {
        b.iter(|| material::sha512_crypt(pw, params.sha512_crypt_rounds))
    });
    g.bench_function("macos salted-sha512-pbkdf2", |b| {
        b.iter(|| material::salted_sha512_pbkdf2(pw, params.macos_iterations))
    });
    g.bench_function("windows nt hash", |b| {
        b.iter(|| material::nt_hash(black_box(pw)))
    });
    let verifier = material::argon2_verifier(pw, &params).expect("hash");
    g.bench_function("unchanged-password check", |b| {
        b.iter(|| material::verify(&verifier, black_box(pw)))
    });
    g.finish();
}

criterion_group!(benches, derivation);
criterion_main!(benches);
