//! Streamed server rendering: content that a page sends after its frame, put back in place.
//!
//! React's streaming server renderer (and the frameworks built on it) first sends the page with
//! placeholders, `<template id="P:1">` for a part still rendering and `<template id="B:0">` for
//! a suspended boundary with its fallback, and later, at the end of the body, each finished part
//! as `<div hidden id="S:1">`, with a small script (`$RS("S:1","P:1")`, `$RC("B:0","S:0")`)
//! that moves it into its placeholder once the page runs. A reader who does not run scripts sees
//! the story cut into dozens of hidden pieces after the footer. This module does what those
//! scripts do, before the walk: each finished part replaces its placeholder (and a boundary's
//! fallback), and shows.
//!
//! Which part fills which placeholder: a part fills the placeholder of its own number (`S:1`,
//! `P:1`); a boundary takes the part its `$RC` call names, or, where the page was saved without
//! its scripts, the unclaimed part of its own number, which is how the renderer numbers them
//! when nothing else interleaves. This module is not a script runner: any other script-driven
//! change to the page is left undone.

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use scraper::{Html, Node};

/// The attribute value that marks a streamed part, and a cheap test for pages that have none.
const PART_MARK: &str = "id=\"S:";

/// How deep a placeholder may sit for its part to be moved there.
const MAX_DEPTH: usize = 512;

/// Whether the page's markup has streamed parts: a cheap test that spares most pages the
/// rest of this module.
pub(crate) fn has_parts(source: &str) -> bool {
    memchr::memmem::find(source.as_bytes(), PART_MARK.as_bytes()).is_some()
}

/// Moves every streamed part of the page into its placeholder and makes it visible.
pub(crate) fn place_parts(html: &mut Html) {
    let mut parts: HashMap<String, NodeId> = HashMap::new();
    let mut holes: Vec<(String, NodeId)> = Vec::new();
    let mut calls: HashMap<String, String> = HashMap::new();
    for node in html.tree.root().descendants() {
        match node.value() {
            Node::Element(el) => {
                let Some(id) = el.attr("id") else { continue };
                match el.name() {
                    "div" if id.starts_with("S:") && el.attr("hidden").is_some() => {
                        parts.entry(id[2..].to_string()).or_insert(node.id());
                    }
                    "template" if id.starts_with("P:") || id.starts_with("B:") => {
                        holes.push((id.to_string(), node.id()));
                    }
                    _ => {}
                }
            }
            Node::Text(t) if t.contains("$RC(") => boundary_calls(&t.text, &mut calls),
            _ => {}
        }
    }
    if parts.is_empty() {
        return;
    }
    // Parts claimed by their own placeholder first, so that a boundary without a script call
    // only takes a part nobody else names.
    let mut claimed: HashMap<NodeId, NodeId> = HashMap::new();
    let mut taken: HashSet<NodeId> = HashSet::new();
    for (hole, at) in &holes {
        let part = if let Some(n) = hole.strip_prefix("P:") {
            parts.get(n)
        } else {
            calls.get(hole.as_str()).and_then(|s| parts.get(s))
        };
        if let Some(&part) = part {
            if taken.insert(part) {
                claimed.insert(*at, part);
            }
        }
    }
    for (hole, at) in &holes {
        if claimed.contains_key(at) || calls.contains_key(hole.as_str()) {
            continue;
        }
        let Some(n) = hole.strip_prefix("B:") else {
            continue;
        };
        if let Some(&part) = parts.get(n) {
            if taken.insert(part) {
                claimed.insert(*at, part);
            }
        }
    }
    for (hole, at) in &holes {
        if let Some(&part) = claimed.get(at) {
            place(html, *at, part, hole.starts_with("B:"));
        }
    }
}

/// Reads the `$RC("B:x","S:y")` calls of a script: which part completes which boundary.
fn boundary_calls(script: &str, calls: &mut HashMap<String, String>) {
    let mut rest = script;
    while let Some(i) = rest.find("$RC(\"") {
        rest = &rest[i + 5..];
        let Some(end) = rest.find('"') else { return };
        let boundary = &rest[..end];
        rest = &rest[end + 1..];
        let Some(args) = rest.strip_prefix(",\"") else {
            continue;
        };
        let Some(end) = args.find('"') else { return };
        if let Some(part) = args[..end].strip_prefix("S:") {
            calls.insert(boundary.to_string(), part.to_string());
        }
        rest = &args[end..];
    }
}

/// Puts `part` where the placeholder `at` is and shows it. A boundary's placeholder is followed
/// by its fallback up to the comment that closes the boundary (`<!--/$-->`, after any boundaries
/// nested in the fallback); the fallback goes.
fn place(html: &mut Html, at: NodeId, part: NodeId, boundary: bool) {
    // A placeholder inside its own part (malformed input) would move the part into itself.
    // Ancestors are looked at up to a depth that real pages never reach, so that a page of
    // many placeholders nested deep costs linear time; a placeholder deeper than that stays.
    let Some(node) = html.tree.get(at) else {
        return;
    };
    let mut depth = 0;
    let mut inside = false;
    for a in node.ancestors().take(MAX_DEPTH + 1) {
        depth += 1;
        inside |= a.id() == part;
    }
    if inside || depth > MAX_DEPTH || at == part || node.parent().is_none() {
        return;
    }
    let mut fallback = Vec::new();
    let mut closed = false;
    if let Some(node) = html.tree.get(at).filter(|_| boundary) {
        let mut depth = 0usize;
        for sib in node.next_siblings() {
            if let Node::Comment(c) = sib.value() {
                let c: &str = c;
                if c == "/$" {
                    if depth == 0 {
                        closed = true;
                        break;
                    }
                    depth -= 1;
                } else if c.starts_with('$') {
                    depth += 1;
                }
            }
            fallback.push(sib.id());
        }
    }
    let Some(mut hole) = html.tree.get_mut(at) else {
        return;
    };
    hole.insert_id_before(part);
    hole.detach();
    if closed {
        for id in fallback {
            if let Some(mut n) = html.tree.get_mut(id) {
                n.detach();
            }
        }
    }
    if let Some(mut n) = html.tree.get_mut(part) {
        if let Node::Element(el) = n.value() {
            el.attrs.retain(|(name, _)| &*name.local != "hidden");
        }
    }
}
