#!/usr/bin/env python3
"""Writes a synthetic ARM spec with FACTOR times the definitions and operations of a real one.

    make-scaled-spec.py SOURCE.json FACTOR OUTPUT.json

Copy 0 keeps the original names; copy k (k >= 1) renames every definition D to D + "Copy<k>",
every x-ms-enum name likewise, every operation group G (the part of the operationId before
'_') to G + "Copy<k>", and the first path segment after the provider namespace, so paths stay
unique. Every local "#/definitions/..." reference is rewritten to the same copy, which keeps
the copies separate, complete type graphs. x-ms-examples are dropped from every copy (copy 0
too, so that factor 1 is the baseline of the same shape): the example files would not resolve
from the output folder, and they are not what scaling measures. The shared "parameters"
section is kept once, as a real multi-resource spec would. The result is checked: every local
reference resolves, and paths and operationIds are unique.
"""
import copy
import json
import re
import sys

HTTP_METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}
DEFINITION_REF = "#/definitions/"


def rename_refs(node, rename):
    """Rewrites local definition refs and x-ms-enum names in place; returns the node."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(DEFINITION_REF):
            node["$ref"] = DEFINITION_REF + rename(ref[len(DEFINITION_REF):])
        enum = node.get("x-ms-enum")
        if isinstance(enum, dict) and isinstance(enum.get("name"), str):
            enum["name"] = rename(enum["name"])
        for value in node.values():
            rename_refs(value, rename)
    elif isinstance(node, list):
        for value in node:
            rename_refs(value, rename)
    return node


def renamed_path(path, suffix, provider):
    if not suffix:
        return path
    marker = "/providers/" + provider + "/"
    at = path.find(marker)
    if at < 0:
        raise ValueError(f"path without provider {provider}: {path}")
    start = at + len(marker)
    end = path.find("/", start)
    end = len(path) if end < 0 else end
    return path[:end] + suffix + path[end:]


def provider_of(spec):
    for path in spec["paths"]:
        m = re.search(r"/providers/(Microsoft\.[A-Za-z.]+)/", path)
        if m:
            return m.group(1)
    raise ValueError("no provider namespace found in the paths")


def scaled(source, factor):
    provider = provider_of(source)
    out = {k: v for k, v in source.items() if k not in ("paths", "definitions")}
    out["paths"], out["definitions"] = {}, {}
    for k in range(factor):
        suffix = "" if k == 0 else f"Copy{k}"
        rename = (lambda name, s=suffix: name + s)
        for name, schema in source["definitions"].items():
            out["definitions"][rename(name)] = rename_refs(copy.deepcopy(schema), rename)
        for path, item in source["paths"].items():
            item = rename_refs(copy.deepcopy(item), rename)
            for method, operation in item.items():
                if method not in HTTP_METHODS:
                    continue
                operation.pop("x-ms-examples", None)
                group, _, verb = operation["operationId"].partition("_")
                operation["operationId"] = f"{group}{suffix}_{verb}" if verb else group + suffix
            out["paths"][renamed_path(path, suffix, provider)] = item
    return out


def check(spec, factor, source):
    text = json.dumps(spec)
    missing = {r for r in re.findall(r'"\$ref": "#/definitions/([^"]+)"', text) if r not in spec["definitions"]}
    if missing:
        raise ValueError(f"dangling refs: {sorted(missing)[:5]}")
    ids = [op["operationId"] for item in spec["paths"].values() for m, op in item.items() if m in HTTP_METHODS]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate operationIds")
    if len(spec["paths"]) != factor * len(source["paths"]):
        raise ValueError("paths collided")
    if len(spec["definitions"]) != factor * len(source["definitions"]):
        raise ValueError("definitions collided")
    return {"definitions": len(spec["definitions"]), "paths": len(spec["paths"]), "operations": len(ids)}


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[0]) as f:
        source = json.load(f)
    factor = int(argv[1])
    if factor < 1:
        raise ValueError("FACTOR must be >= 1")
    spec = scaled(source, factor)
    sizes = check(spec, factor, source)
    with open(argv[2], "w") as f:
        json.dump(spec, f, indent=2)
    sizes["bytes"] = len(json.dumps(spec, indent=2))
    print(json.dumps(sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
