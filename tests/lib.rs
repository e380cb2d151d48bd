//! lede's end-to-end tests live in `e2e/`: this library is empty on purpose, so that the
//! package can hold one integration-test binary that drives the `lede` binary and the server
//! the way a user does.
