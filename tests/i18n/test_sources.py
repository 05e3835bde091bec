"""Every string the code translates is one lupdate can find: a literal, outside an f-string,
on ``self`` or on a context object bound to its own name (lupdate names the context after the
object ``tr`` is called on, and reads no f-string's inside)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "bedside").rglob("*.py"))
CONTEXT_CLASSES = {"TrContext", "Context"}
KNOWN: set[str] = set()


def _contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level ``name = TrContext("ctx")`` bindings."""
    out = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
                and node.value.func.id in CONTEXT_CLASSES and node.value.args
                and isinstance(node.value.args[0], ast.Constant)):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out[target.id] = node.value.args[0].value
    return out


def _all_contexts() -> set[str]:
    """Every name bound to a context anywhere in bedside (it equals its context's name)."""
    return {name for path in SOURCES
            for name in _contexts(ast.parse(path.read_text(encoding="utf-8")))}


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(ROOT)
    contexts = _contexts(tree)
    known = set(contexts) | KNOWN
    receivers = {n.func.value.id for n in ast.walk(tree) if isinstance(n, ast.Call)
                 and isinstance(n.func, ast.Attribute) and n.func.attr == "tr"
                 and isinstance(n.func.value, ast.Name)}
    out = [f"{where}: {name} = ...({ctx!r}): lupdate would file its strings under {name!r}"
           for name, ctx in contexts.items() if name != ctx and name in receivers]
    in_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            in_fstring |= {id(n) for n in ast.walk(node)}
    wrappers: set[int] = set()  # the bodies of tr() and translated() themselves
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in ("tr", "translated"):
            wrappers |= {id(n) for n in ast.walk(node)}
    for node in ast.walk(tree):
        if id(node) in wrappers:
            continue
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("tr", "translate")):
            continue
        line = f"{where}:{node.lineno}"
        text_arg = 0 if node.func.attr == "tr" else 1
        if node.func.attr == "translate":
            receiver = node.func.value
            if not (isinstance(receiver, ast.Name) and receiver.id == "QCoreApplication"):
                continue
        elif not (isinstance(node.func.value, ast.Name)
                  and (node.func.value.id == "self" or node.func.value.id in known)):
            out.append(f"{line}: tr() on {ast.unparse(node.func.value)}: call it on self or "
                       "on a TrContext/Context bound to its own name")
            continue
        if len(node.args) <= text_arg or not (isinstance(node.args[text_arg], ast.Constant)
                                              and isinstance(node.args[text_arg].value, str)):
            out.append(f"{line}: the translated text must be a string literal")
        if id(node) in in_fstring:
            out.append(f"{line}: tr() inside an f-string: lupdate does not see it")
    return out


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_translated_string_is_found_by_lupdate(path):
    KNOWN.update(KNOWN or _all_contexts())
    assert _problems(path) == []
