#!/usr/bin/env python3
"""Independent reference implementation of DESIGN.md §4 (scoring) for the test cases.

Written without looking at (or importing) the Go code. Python 3 stdlib + PyYAML.
All arithmetic is exact (fractions.Fraction); rounding happens only when printing,
half away from zero. A warning goes to stderr when a printed value sits exactly on a
rounding tie, because float code may legitimately round such a value either way.

Usage:
  compute.py CASE.yaml...            print the expected lines to stdout
  compute.py --write CASE.yaml...    (re)write testdata/expected/<case>.txt, keeping
                                     the file's leading '#' comment block
  compute.py --check CASE.yaml...    exit 1 if an expected file differs from a fresh run
With no CASE arguments, every ../cases/*.yaml is used.

Output format, one line each:
  overall <percent|null>
  rubric <id> score=<R 4dp|null> percent=<2dp|null> coverage=<fraction 4dp>
  item <id> status=<scored|not-relevant|unknown|unanswered> score=<4dp|null> spread=<4dp|null>
  theme <id> percent=<2dp|null>
  gap <low|disagreement|unknown|unanswered> <item>
  party <kind> respondents=<n> overall=<2dp|null>        (by party, DESIGN.md §4: kinds in
  party <kind> rubric <id> percent=<2dp|null>             the order of KIND_ORDER, each scored
  party <kind> item <id> score=<4dp|null>                 over its respondents only)
  gap parties <item> low=<kind> high=<kind> spread=<4dp>
"""

import datetime
import glob
import os
import re
import sys
from fractions import Fraction

import yaml

# --- Built-in rubrics (DESIGN.md §2) and themes (domain-rubrics.md §9.2) -------------

RUBRICS = [  # table order of DESIGN.md §2
    ("vaeksthus", ["vfl-c1", "vfl-c2", "vfl-c3", "vfl-c4"]),
    ("vaeksthus-trin", ["vfl-s1", "vfl-s2", "vfl-s3", "vfl-s4"]),
    ("frivilligraadet", ["fr-p%d" % i for i in range(1, 7)]),
    ("cok", ["cok-%02d" % i for i in range(1, 11)]),
]
RUBRIC_IDS = [r for r, _ in RUBRICS]
ITEM_RUBRIC = {i: r for r, items in RUBRICS for i in items}
WEIGHT = {i: Fraction(1) for i in ITEM_RUBRIC}  # all built-ins weigh 1

THEMES = [
    "ownership", "new-value", "resources-knowledge", "dialogue", "power-equality",
    "participation", "interdependence-trust", "openness-experiment", "fit-pace",
    "rules-frame", "culture-delivery",
]
ITEM_THEMES = {  # primary first
    "vfl-c1": ["ownership", "resources-knowledge"],
    "vfl-c2": ["new-value"],
    "vfl-c3": ["dialogue", "power-equality"],
    "vfl-c4": ["interdependence-trust", "power-equality"],
    "vfl-s1": ["ownership", "participation"],
    "vfl-s2": ["rules-frame", "power-equality"],
    "vfl-s3": ["rules-frame", "interdependence-trust"],
    "vfl-s4": ["culture-delivery", "new-value"],
    "fr-p1": ["new-value", "culture-delivery"],
    "fr-p2": ["resources-knowledge", "ownership"],
    "fr-p3": ["dialogue", "ownership"],
    "fr-p4": ["participation", "power-equality"],
    "fr-p5": ["interdependence-trust", "power-equality"],
    "fr-p6": ["openness-experiment", "interdependence-trust"],
    "cok-01": ["dialogue", "resources-knowledge"],
    "cok-02": ["openness-experiment", "ownership"],
    "cok-03": ["resources-knowledge", "fit-pace"],
    "cok-04": ["culture-delivery", "openness-experiment"],
    "cok-05": ["participation", "ownership"],
    "cok-06": ["fit-pace", "interdependence-trust"],
    "cok-07": ["resources-knowledge", "power-equality"],
    "cok-08": ["power-equality", "resources-knowledge"],
    "cok-09": ["openness-experiment", "dialogue"],
    "cok-10": ["fit-pace"],
}
QUESTIONS = {"%s.%s" % (i, q): i for i in ITEM_RUBRIC for q in ("q1", "q2")}
ACTOR_KINDS = {"citizens", "volunteers", "association", "business",
               "municipality", "region", "state", "other"}
GAP_LINE = Fraction(2)          # default gap line: S < 2.0 (50 %)
DISAGREE = Fraction(2)          # spread >= 2.0

NA, DK = "na", "dk"


# --- Strict YAML loading -----------------------------------------------------------

class StrictLoader(yaml.SafeLoader):
    pass


def _no_dup_mapping(loader, node, deep=False):
    seen = set()
    for k, _ in node.value:
        key = loader.construct_object(k, deep=deep)
        if key in seen:
            m = k.start_mark
            raise ValueError("%s:%d:%d: duplicate key %r" % (m.name, m.line + 1, m.column + 1, key))
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_dup_mapping)


class CaseError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CaseError(msg)


def only_keys(d, allowed, where):
    need(isinstance(d, dict), "%s: expected a mapping" % where)
    extra = set(d) - set(allowed)
    need(not extra, "%s: unknown keys %s" % (where, sorted(extra)))


def parse_answer(v, where):
    """Return an int 0..4, NA, DK or None."""
    if isinstance(v, dict):
        only_keys(v, {"score", "note"}, where)
        need("score" in v, where + ": mapping answer needs score")
        need(isinstance(v.get("note", ""), str), where + ": note must be text")
        v = v["score"]
        need(not isinstance(v, dict), where + ": score must not be a mapping")
    if v is None:
        return None
    if isinstance(v, bool):
        raise CaseError(where + ": boolean is not an answer")
    if isinstance(v, int):
        need(0 <= v <= 4, where + ": score out of range 0-4")
        return v
    if v in (NA, DK):
        return v
    raise CaseError("%s: invalid answer %r" % (where, v))


def load_case(path):
    with open(path, encoding="utf-8") as f:
        doc = yaml.load(f, Loader=StrictLoader)
    only_keys(doc, {"samskab", "project", "rubrics", "actors", "targets", "responses", "meta"}, path)
    need(doc.get("samskab") == 1, path + ": samskab: 1 required")
    proj = doc.get("project")
    only_keys(proj, {"name", "owner", "description"}, path + ": project")
    need(isinstance(proj.get("name"), str) and proj["name"].strip(), path + ": project.name required")
    scope = doc.get("rubrics")
    if scope is None:
        scope = list(RUBRIC_IDS)
    need(isinstance(scope, list) and scope and all(r in RUBRIC_IDS for r in scope),
         path + ": rubrics must list known rubric ids")
    actor_ids = set()
    kind_of = {}
    for n, a in enumerate(doc.get("actors") or []):
        only_keys(a, {"id", "name", "kind"}, "%s: actors[%d]" % (path, n))
        need(isinstance(a.get("id"), str) and a["id"] not in actor_ids, path + ": actor id missing/duplicate")
        need(a.get("kind") in ACTOR_KINDS, "%s: actors[%d].kind %r" % (path, n, a.get("kind")))
        actor_ids.add(a["id"])
        kind_of[a["id"]] = a["kind"]
    if "targets" in doc:
        t = doc["targets"]
        only_keys(t, {"overall", "rubrics", "item", "coverage"}, path + ": targets")
        for k in ("overall", "item", "coverage"):
            if k in t:
                need(isinstance(t[k], (int, float)) and 0 <= t[k] <= 100, path + ": targets." + k)
        for r, v in (t.get("rubrics") or {}).items():
            need(r in RUBRIC_IDS and 0 <= v <= 100, path + ": targets.rubrics." + str(r))
    resps = doc.get("responses")
    need(isinstance(resps, list) and resps, path + ": responses: at least one")
    out = []
    kinds = []   # the actor kind each response speaks for, or None
    for n, r in enumerate(resps):
        where = "%s: responses[%d]" % (path, n)
        only_keys(r, {"respondent", "actor", "date", "answers"}, where)
        if "actor" in r:
            need(r["actor"] in actor_ids, where + ": actor %r not declared" % r["actor"])
        if "date" in r:
            need(isinstance(r["date"], datetime.date), where + ": date must be YYYY-MM-DD")
        answers = r.get("answers") or {}
        need(isinstance(answers, dict), where + ": answers must be a mapping")
        parsed = {}
        for q, v in answers.items():
            need(q in QUESTIONS, "%s: unknown question id %r" % (where, q))
            parsed[q] = parse_answer(v, "%s.answers.%s" % (where, q))
        out.append(parsed)
        kinds.append(kind_of.get(r.get("actor")))
    return doc, scope, out, kinds


# --- Scoring (DESIGN.md §4), exact ----------------------------------------------------

def mean(xs):
    return sum(xs, Fraction(0)) / len(xs)


def score_case(scope, responses):
    in_scope = [r for r in RUBRIC_IDS if r in scope]
    items = {}
    for rub, item_ids in RUBRICS:
        if rub not in in_scope:
            continue
        for i in item_ids:
            qs = [i + ".q1", i + ".q2"]
            s_r = []
            any_na = any_dk = False
            for ans in responses:
                vals = [ans.get(q) for q in qs]
                nums = [Fraction(v) for v in vals if isinstance(v, int)]
                any_na |= NA in vals
                any_dk |= DK in vals
                if nums:
                    s_r.append(mean(nums))
            if s_r:
                status, S, spread = "scored", mean(s_r), max(s_r) - min(s_r)
            else:
                S = spread = None
                status = "not-relevant" if any_na else "unknown" if any_dk else "unanswered"
            items[i] = dict(rubric=rub, status=status, S=S, spread=spread)

    rubrics = []
    for rub, item_ids in RUBRICS:
        if rub not in in_scope:
            continue
        scored = [i for i in item_ids if items[i]["status"] == "scored"]
        R = (sum((WEIGHT[i] * items[i]["S"] for i in scored), Fraction(0)) /
             sum((WEIGHT[i] for i in scored), Fraction(0))) if scored else None
        pct = R / 4 * 100 if R is not None else None
        cov = Fraction(sum(items[i]["status"] in ("scored", "not-relevant") for i in item_ids),
                       len(item_ids))
        chain = [items[i]["S"] for i in scored] + [R]
        rubrics.append(dict(id=rub, R=R, pct=pct, cov=cov, items=item_ids, chain=chain))

    defined = [r["pct"] for r in rubrics if r["pct"] is not None]
    overall = mean(defined) if defined else None
    overall_chain = [c for r in rubrics if r["pct"] is not None for c in r["chain"] + [r["pct"]]]

    themes = []
    for t in THEMES:
        carriers = [i for i in items if t in ITEM_THEMES[i]]
        if not carriers:
            continue
        num = den = Fraction(0)
        chain = []
        for i in carriers:
            if items[i]["status"] != "scored":
                continue
            m = Fraction(1) if ITEM_THEMES[i][0] == t else Fraction(1, 2)
            num += WEIGHT[i] * m * items[i]["S"]
            den += WEIGHT[i] * m
            chain.append(items[i]["S"])
        chain.append(num / den if den else None)
        themes.append((t, num / den / 4 * 100 if den else None, chain))

    order = {i: n for n, i in enumerate(i for _, ids in RUBRICS for i in ids)}
    scored = [i for i in items if items[i]["status"] == "scored"]
    low = sorted((i for i in scored if items[i]["S"] < GAP_LINE),
                 key=lambda i: (-(WEIGHT[i] * (4 - items[i]["S"])), order[i]))
    dis = sorted((i for i in scored if items[i]["spread"] >= DISAGREE),
                 key=lambda i: (-items[i]["spread"], order[i]))
    unk = sorted((i for i in items if items[i]["status"] == "unknown"), key=order.get)
    una = sorted((i for i in items if items[i]["status"] == "unanswered"), key=order.get)
    gaps = ([("low", i) for i in low] + [("disagreement", i) for i in dis] +
            [("unknown", i) for i in unk] + [("unanswered", i) for i in una])
    return (overall, overall_chain), rubrics, items, themes, gaps


# --- Output ----------------------------------------------------------------------------

TIES = []      # (fragile?, message)


def dyadic(x):
    d = x.denominator
    return d & (d - 1) == 0


def fmt(x, nd, label, chain=()):
    """Round a Fraction half away from zero to nd decimals; None -> 'null'.

    An exact tie is 'robust' when the value and every intermediate it is computed from
    (item scores, the rubric/theme mean) are dyadic rationals: then float64 code computes
    the tie exactly too, and the expected line tests half-away-from-zero rounding
    (Go's fmt %.2f rounds such ties to even). Otherwise the tie is 'fragile': float code
    may land just above or below it, so the test data should be changed."""
    if x is None:
        return "null"
    scaled = x * 10 ** nd
    if scaled.denominator == 2:
        fragile = not all(dyadic(c) for c in list(chain) + [x])
        TIES.append((fragile, "%s = %s: %s rounding tie at %d decimals" % (
            label, float(x), "FRAGILE" if fragile else "robust", nd)))
    sign = -1 if scaled < 0 else 1
    n = int(abs(scaled) + Fraction(1, 2))   # floor(|x|+1/2)
    s = str(n).rjust(nd + 1, "0")
    s = (s[:-nd] + "." + s[-nd:]) if nd else s
    return ("-" if sign < 0 and n else "") + s


KIND_ORDER = ["citizens", "volunteers", "association", "business", "municipality", "region",
              "state", "other"]


def score_parties(scope, responses, kinds):
    """By party: each kind's respondents scored on their own, then the items where the
    lowest and the highest kind lie DISAGREE or more apart (widest first, then rubric and
    item order). Ties for lowest or highest go to the kind that comes first."""
    parties = []
    for k in KIND_ORDER:
        members = [r for r, kind in zip(responses, kinds) if kind == k]
        if members:
            (ov, _), rubrics, items, _, _ = score_case(scope, members)
            parties.append((k, len(members), ov, rubrics, items))
    order = {i: n for n, i in enumerate(i for _, ids in RUBRICS for i in ids)}
    gaps = []
    if parties:
        for i in sorted(parties[0][4], key=order.get):
            scored = [(k, items[i]["S"]) for k, _, _, _, items in parties if items[i]["S"] is not None]
            if len(scored) < 2:
                continue
            low = high = scored[0]
            for ks in scored[1:]:
                if ks[1] < low[1]:
                    low = ks
                if ks[1] > high[1]:
                    high = ks
            if high[1] - low[1] >= DISAGREE:
                gaps.append((i, low[0], high[0], high[1] - low[1]))
    gaps.sort(key=lambda g: (-g[3], order[g[0]]))
    return parties, gaps


def render(path):
    _, scope, responses, kinds = load_case(path)
    (overall, ochain), rubrics, items, themes, gaps = score_case(scope, responses)
    name = os.path.basename(path)
    lines = ["overall " + fmt(overall, 2, name + " overall", ochain)]
    for r in rubrics:
        lines.append("rubric %s score=%s percent=%s coverage=%s" % (
            r["id"], fmt(r["R"], 4, name + " R " + r["id"]),
            fmt(r["pct"], 2, name + " pct " + r["id"], r["chain"]), fmt(r["cov"], 4, name + " cov " + r["id"])))
        for i in r["items"]:
            it = items[i]
            lines.append("item %s status=%s score=%s spread=%s" % (
                i, it["status"], fmt(it["S"], 4, name + " S " + i),
                fmt(it["spread"], 4, name + " spread " + i)))
    for t, p, chain in themes:
        lines.append("theme %s percent=%s" % (t, fmt(p, 2, name + " theme " + t, chain)))
    for kind, i in gaps:
        lines.append("gap %s %s" % (kind, i))
    parties, party_gaps = score_parties(scope, responses, kinds)
    for k, n, ov, prubrics, pitems in parties:
        lines.append("party %s respondents=%d overall=%s" % (k, n, fmt(ov, 2, name + " party overall " + k)))
        for r in prubrics:
            lines.append("party %s rubric %s percent=%s" % (k, r["id"], fmt(r["pct"], 2, name + " party pct " + k + " " + r["id"], r["chain"])))
            for i in r["items"]:
                lines.append("party %s item %s score=%s" % (k, i, fmt(pitems[i]["S"], 4, name + " party S " + k + " " + i)))
    for i, low, high, spread in party_gaps:
        lines.append("gap parties %s low=%s high=%s spread=%s" % (i, low, high, fmt(spread, 4, name + " party spread " + i)))
    return "\n".join(lines) + "\n"


def expected_path(case):
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, os.path.splitext(os.path.basename(case))[0] + ".txt")


def header_of(path):
    if not os.path.exists(path):
        return ""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            out.append(line)
    return "".join(out)


def body_of(path):
    with open(path, encoding="utf-8") as f:
        return "".join(l for l in f if not l.startswith("#"))


def main(argv):
    mode = None
    if argv and argv[0] in ("--write", "--check"):
        mode, argv = argv[0], argv[1:]
    if not argv:
        here = os.path.dirname(os.path.abspath(__file__))
        argv = sorted(glob.glob(os.path.join(here, "..", "cases", "*.yaml")))
    rc = 0
    for case in argv:
        text = render(case)
        exp = expected_path(case)
        if mode == "--write":
            header = header_of(exp)   # read before truncating
            with open(exp, "w", encoding="utf-8") as f:
                f.write(header + text)
            print("wrote", exp)
        elif mode == "--check":
            if not os.path.exists(exp) or body_of(exp) != text:
                print("DIFFERS:", exp)
                rc = 1
        else:
            print("==", case)
            sys.stdout.write(text)
    for fragile, t in TIES:
        print("error:" if fragile else "note:", t, file=sys.stderr)
        if fragile:
            rc = 1
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
