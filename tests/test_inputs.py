"""Path expansion: files, folders, globs; special files refused before anything opens them."""

from __future__ import annotations

import os

import pytest
from conftest import SAMPLES

from ehcp_audit.inputs import Input, check_path, display_path, expand


def codes(entries: list[Input]) -> dict[str, str | None]:
    return {os.path.basename(e.path): e.code for e in entries}


def touch(path, data: bytes = b"%PDF-1.4\n") -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def test_folder_is_searched_recursively_in_sorted_order(tmp_path):
    touch(tmp_path / "b.pdf")
    touch(tmp_path / "a.DOCX")
    touch(tmp_path / "sub" / "c.pdf")
    touch(tmp_path / "notes.txt")
    touch(tmp_path / "photo.png")
    entries = expand([str(tmp_path)])
    assert [os.path.relpath(e.path, tmp_path) for e in entries] == ["a.DOCX", "b.pdf", os.path.join("sub", "c.pdf")]
    assert all(e.to_audit for e in entries)


def test_lock_hidden_files_and_hidden_folders_in_a_folder(tmp_path):
    touch(tmp_path / "plan.docx")
    touch(tmp_path / "~$plan.docx")
    touch(tmp_path / ".draft.pdf")
    touch(tmp_path / ".git" / "inside.pdf")
    found = codes(expand([str(tmp_path)]))
    assert found == {"plan.docx": None, "~$plan.docx": "lock_file", ".draft.pdf": "hidden_file"}


def test_mistaken_document_types_are_audited_so_they_get_a_clear_error(tmp_path):
    touch(tmp_path / "old.doc", b"\xd0\xcf\x11\xe0")
    touch(tmp_path / "letter.odt", b"PK\x03\x04")
    assert codes(expand([str(tmp_path)])) == {"letter.odt": None, "old.doc": None}


def test_explicit_file_is_audited_whatever_its_name(tmp_path):
    path = touch(tmp_path / "plan.bin")
    assert expand([path]) == [Input(path)]


def test_globs_expand_sorted_and_recursive(tmp_path):
    touch(tmp_path / "x" / "2.pdf")
    touch(tmp_path / "x" / "1.pdf")
    touch(tmp_path / "x" / "deep" / "3.docx")
    flat = expand([str(tmp_path / "x" / "*.pdf")])
    assert [os.path.basename(e.path) for e in flat] == ["1.pdf", "2.pdf"]
    deep = expand([str(tmp_path / "**" / "*.docx")])
    assert [os.path.basename(e.path) for e in deep] == ["3.docx"]


def test_missing_paths_and_empty_globs_are_not_found(tmp_path):
    assert codes(expand([str(tmp_path / "nope.pdf"), str(tmp_path / "*.none")])) == {"nope.pdf": "not_found", "*.none": "not_found"}


def test_same_file_named_twice_is_audited_once(tmp_path):
    path = touch(tmp_path / "plan.pdf")
    entries = expand([path, str(tmp_path), os.path.join(str(tmp_path), ".", "plan.pdf")])
    assert entries == [Input(path)]


def test_order_of_arguments_is_kept(tmp_path):
    a, b = touch(tmp_path / "a.pdf"), touch(tmp_path / "b.pdf")
    assert [e.path for e in expand([b, a])] == [b, a]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_named_pdf_is_refused_before_open(tmp_path):
    fifo = tmp_path / "plan.pdf"
    os.mkfifo(fifo)
    assert check_path(str(fifo)) == "not_a_file"
    assert expand([str(fifo)]) == [Input(str(fifo), "not_a_file")]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_link_to_dev_zero_is_refused(tmp_path):
    link = tmp_path / "plan.pdf"
    link.symlink_to("/dev/zero")
    assert expand([str(link)]) == [Input(str(link), "not_a_file")]


def test_broken_and_looping_links(tmp_path):
    dangling = tmp_path / "gone.pdf"
    dangling.symlink_to(tmp_path / "nowhere.pdf")
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    assert codes(expand([str(dangling), str(loop)])) == {"gone.pdf": "broken_link", "loop.pdf": "broken_link"}


def test_folder_walk_does_not_follow_links(tmp_path):
    outside = tmp_path / "outside"
    touch(outside / "secret.pdf")
    inside = tmp_path / "plans"
    touch(inside / "real.pdf")
    (inside / "linked.pdf").symlink_to(outside / "secret.pdf")
    (inside / "linked_dir").symlink_to(outside, target_is_directory=True)
    assert codes(expand([str(inside)])) == {"linked.pdf": "symlink", "real.pdf": None}


def test_directory_named_like_a_pdf_is_walked_not_opened(tmp_path):
    folder = tmp_path / "x.pdf"
    folder.mkdir()
    assert expand([str(folder)]) == []


def test_invalid_utf8_name_is_listed_and_printable(tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"plan-\xff.pdf")
    with open(raw, "wb") as handle:
        handle.write(b"%PDF-1.4\n")
    entries = expand([str(tmp_path)])
    assert len(entries) == 1 and entries[0].to_audit
    shown = display_path(entries[0].path)
    shown.encode("utf-8")  # must not raise: surrogates are gone
    assert shown.endswith("plan-\\xff.pdf")


def test_sample_folder_gives_only_plans():
    if not SAMPLES.is_dir() or not any(SAMPLES.glob("*.pdf")):
        pytest.skip("no sample plans")
    entries = expand([str(SAMPLES)])
    assert entries and all(e.path.lower().endswith((".pdf", ".docx")) for e in entries)
    assert all(e.to_audit for e in entries)
