"""The layout zoo: random honour lists rendered in the catalogued layouts (``docs/layouts.md``).

Names come from the surname list in :mod:`fedextract.names` and a set of given-name characters,
units from the place table (:func:`fedextract.names._places`) and unit words, posts from post
words.  No corpus text feeds the generator.  Each layout renders a whole decision page — title,
grant sentence, list heading, rows — and knows the entries it wrote, so a test can score what
the parser reads back.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from fedextract import names

# given-name characters: common, none a place suffix, a unit or post word, or a surname
GIVEN = "晓明华丽芳敏静燕红霞玲娟婷雪梅兰英秀桂凤春艳丹萍莉颖慧佳欣怡宁蕾琳洁倩思雨嘉琪瑶涵韵"
UNIT_WORDS = ("第一小学", "第二中学", "人民医院", "妇幼保健院", "供电公司", "农业银行支行", "社区居委会", "妇女联合会")
POSTS = ("教师", "主任", "校长", "经理", "护士长", "副主任")
HONOURS = ("巾帼建功标兵", "三八红旗手", "最美家庭", "岗位能手", "先进工作者")

Entry = tuple[str, str | None]  # (name, affiliation)


@dataclass(frozen=True)
class Sample:
    text: str
    entries: list[Entry]


def _surnames() -> list[str]:
    return sorted(s for s in names.SURNAMES if s not in GIVEN)


def _places() -> list[str]:
    return sorted(p for p, level in names._places().items() if level <= 2 and p[-1] in "市县区" and len(p) == 3)


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.surnames = _surnames()
        self.places = _places()

    def name(self, size: int | None = None) -> str:
        size = size or self.r.choice((2, 3, 3))
        while True:
            n = self.r.choice(self.surnames) + "".join(self.r.choice(GIVEN) for _ in range(size - 1))
            if names.is_person_name(n):
                return n

    def unit(self) -> str:
        return self.r.choice(self.places) + self.r.choice(UNIT_WORDS)

    def people(self, lo: int = 3, hi: int = 8) -> list[str]:
        out: list[str] = []
        for _ in range(self.r.randint(lo, hi)):
            n = self.name()
            if n not in out:
                out.append(n)
        return out


def _page(honour: str, rows: list[str], n: int, first: str, unit: str = "人") -> str:
    return "\n".join([
        f"关于表彰{honour}的决定",
        "各县区妇联:",
        f"经研究,决定授予{first}等{n}{unit}“{honour}”荣誉称号。",
        "希望受表彰的同志珍惜荣誉,再创佳绩。",
        "某某市妇联",
        "2020年3月8日",
        f"“{honour}”名单",
        *rows,
    ]) + "\n"


def name_unit_rows(g: Gen) -> Sample:
    people = g.people()
    entries: list[Entry] = [(p, g.unit() + g.r.choice(POSTS)) for p in people]
    rows = [f"{p} {a}" for p, a in entries]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def numbered_rows(g: Gen) -> Sample:
    people = g.people()
    entries: list[Entry] = [(p, g.unit()) for p in people]
    rows = [f"{i}.{p} {a}" for i, (p, a) in enumerate(entries, 1)]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def padded_names(g: Gen) -> Sample:
    people = g.people()
    entries: list[Entry] = [(p, g.unit()) for p in people]
    rows = [f"{' '.join(p)}  {a}" for p, a in entries]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def unit_colon_name(g: Gen) -> Sample:
    people = g.people()
    entries: list[Entry] = [(p, g.unit()) for p in people]
    rows = [f"{a}:{p}" for p, a in entries]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def names_enumerated(g: Gen) -> Sample:
    people = g.people()
    entries: list[Entry] = [(p, None) for p in people]
    return Sample(_page(g.r.choice(HONOURS), ["、".join(people)], len(people), people[0]), entries)


def place_families(g: Gen) -> Sample:
    people = g.people()
    entries: list[Entry] = [(p, g.r.choice(g.places)) for p in people]
    rows = [f"{a} {p}家庭" for p, a in entries]
    return Sample(_page("最美家庭", rows, len(people), people[0], unit="户"), entries)


def name_bracket_unit(g: Gen) -> Sample:
    people = g.people()
    entries: list[Entry] = [(p, f"{g.unit()}{g.r.choice(POSTS)}") for p in people]
    rows = [f"{p}({a})" for p, a in entries]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def table_rows(g: Gen) -> Sample:
    people = g.people()
    entries: list[Entry] = [(p, g.unit()) for p in people]
    rows = ["序号 | 姓名 | 工作单位", *(f"{i} | {p} | {a}" for i, (p, a) in enumerate(entries, 1))]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def spaced_table(g: Gen) -> Sample:
    """A table lined up by spaces: ``序号  姓名  性别  工作单位`` / ``1  王 芳  女  某某小学``."""
    people = g.people()
    entries: list[Entry] = [(p, g.unit()) for p in people]
    sex = g.r.random() < 0.5
    gap = " " * g.r.randint(2, 4)
    header = gap.join(["序号", "姓名", *(["性别"] if sex else []), "工作单位"])
    rows = [gap.join([str(i), " ".join(p) if len(p) == 2 and g.r.random() < 0.5 else p,
                      *([g.r.choice("男女")] if sex else []), a]) for i, (p, a) in enumerate(entries, 1)]
    return Sample(_page(g.r.choice(HONOURS), [header, *rows], len(people), people[0]), entries)


def padded_name_bracket(g: Gen) -> Sample:
    """``王  芳(某某小学教师)``: a padded name, its unit and post in brackets."""
    people = g.people()
    entries: list[Entry] = [(p, f"{g.unit()}{g.r.choice(POSTS)}") for p in people]
    rows = [f"{(' ' * g.r.randint(1, 2)).join(p) if len(p) == 2 else p}({a})" for p, a in entries]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def name_comma_unit(g: Gen) -> Sample:
    """``1.王丽华,某某小学教师`` / ``陈  红，某某医院护士``: numbered or not, either comma."""
    people = g.people()
    entries: list[Entry] = [(p, f"{g.unit()}{g.r.choice(POSTS)}") for p in people]
    numbered = g.r.random() < 0.5
    rows = [f"{f'{i}.' if numbered else ''}{'  '.join(p) if len(p) == 2 and g.r.random() < 0.3 else p}"
            f"{g.r.choice(',，')}{a}" for i, (p, a) in enumerate(entries, 1)]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def cells_per_line(g: Gen) -> Sample:
    people = g.people()
    entries: list[Entry] = [(p, g.unit()) for p in people]
    cells = ["序号", "姓名", "单位", *(c for i, (p, a) in enumerate(entries, 1) for c in (str(i), p, a))]
    return Sample(_page(g.r.choice(HONOURS), [f"{c} |" for c in cells], len(people), people[0]), entries)


def post_before_name(g: Gen) -> Sample:
    people = g.people()
    entries: list[Entry] = [(p, g.unit() + g.r.choice(POSTS)) for p in people]
    rows = [f"{a}{p}" for p, a in entries]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def region_families(g: Gen) -> Sample:
    entries: list[Entry] = []
    rows = []
    for _ in range(g.r.randint(3, 6)):
        region = g.r.choice(g.places)
        members = g.people(1, 2)
        entries.extend((m, region) for m in members if (m, region) not in entries)
        rows.append(f"{region}:{'、'.join(members)}家庭;")
    return Sample(_page("最美家庭", rows, len(rows), entries[0][0], unit="户"), entries)


def traditional(g: Gen) -> Sample:
    """``name unit`` rows, the whole page in traditional script (opencc's s2t)."""
    import opencc  # noqa: PLC0415  (the test extra has it)

    s2t = opencc.OpenCC("s2t").convert
    sample = name_unit_rows(g)
    return Sample(s2t(sample.text), [(s2t(n), s2t(a) if a else a) for n, a in sample.entries])


def cut_off(g: Gen) -> Sample:
    """``name unit`` rows, the page cut right after the last row's name."""
    sample = name_unit_rows(g)
    last_name, last_unit = sample.entries[-1]
    assert last_unit is not None
    return Sample(sample.text.rstrip("\n")[: -len(last_unit) - 1], [*sample.entries[:-1], (last_name, None)])


def columns_in_turn(g: Gen) -> Sample:
    """``姓名`` / names / ``工作单位`` / units: one column after the other."""
    people = g.people(2, 8)
    entries: list[Entry] = [(p, g.unit()) for p in people]
    rows = ["姓名", *people, g.r.choice(("工作单位", "单位", "所在单位")), *(a for _, a in entries)]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def prize_levels(g: Gen) -> Sample:
    """``一等奖`` alone over ``《作品》  某某小学  王某`` rows."""
    entries: list[Entry] = []
    rows: list[str] = []
    for level in ("一等奖", "二等奖", "三等奖")[: g.r.randint(2, 3)]:
        rows.append(level)
        for p in g.people(1, 4):
            if any(p == n for n, _ in entries):
                continue
            unit = g.unit()
            entries.append((p, unit))
            rows.append(f"《{g.r.choice(GIVEN)}{g.r.choice(GIVEN)}的{g.r.choice(('书', '家', '春天'))}》  {unit}  {p}")
    return Sample(_page("优秀征文", rows, len(entries), entries[0][0], unit="篇"), entries)


def nested_regions(g: Gen) -> Sample:
    """A province heading over prefecture headings over ``name unit`` rows."""
    entries: list[Entry] = []
    rows = [g.r.choice(("河北省", "四川省", "湖南省"))]
    for city in g.r.sample(g.places, g.r.randint(2, 3)):
        rows.append(city)
        for p in g.people(1, 3):
            if any(p == n for n, _ in entries):
                continue
            aff = city + g.r.choice(UNIT_WORDS) + g.r.choice(POSTS)
            entries.append((p, aff))
            rows.append(f"{p}  {aff}")
    return Sample(_page("优秀母亲", rows, len(entries), entries[0][0]), entries)


def region_labels_in_body(g: Gen) -> Sample:
    """No list heading: ``某某区:张某家庭、李某家庭`` lines right after the grant sentence."""
    entries: list[Entry] = []
    rows = []
    for region in g.r.sample(g.places, g.r.randint(2, 4)):
        members = [p for p in g.people(1, 3) if not any(p == n for n, _ in entries)]
        if not members:
            continue
        entries.extend((m, region) for m in members)
        rows.append(f"{region}:{'、'.join(m + '家庭' for m in members)}")
    text = "\n".join(["关于命名“最美家庭”的决定", "各县区妇联:",
                      f"经评选,决定命名以下{len(entries)}户家庭为“最美家庭”。", *rows, "某某市妇联", "2020年5月15日"])
    return Sample(text + "\n", entries)


def pointing_lead_in(g: Gen) -> Sample:
    """``授予以下同志“某某”称号:`` over ``name unit`` rows."""
    people = g.people()
    entries: list[Entry] = [(p, g.unit() + g.r.choice(POSTS)) for p in people]
    honour = g.r.choice(HONOURS)
    text = "\n".join([f"关于表彰{honour}的决定", f"经研究,决定授予以下同志“{honour}”称号:",
                      *(f"{p}  {a}" for p, a in entries), "某某市妇联", "2021年3月1日"])
    return Sample(text + "\n", entries)


def glued_level_unit(g: Gen) -> Sample:
    """``王某某市第一人民医院护士长``: a name glued before a unit that opens with 市 or 县."""
    people = g.people()
    entries: list[Entry] = [(p, g.r.choice("市县") + g.r.choice(UNIT_WORDS) + g.r.choice(POSTS)) for p in people]
    return Sample(_page(g.r.choice(HONOURS), [f"{p}{a}" for p, a in entries], len(people), people[0]), entries)


def padded_glued(g: Gen) -> Sample:
    """``张 馨 月运河区某某小学教师``: a padded three-character name, its last character glued to
    the unit (which opens with a real division)."""
    people = [g.name(3) for _ in range(g.r.randint(3, 8))]
    people = list(dict.fromkeys(people))
    entries: list[Entry] = [(p, g.unit() + g.r.choice(POSTS)) for p in people]
    rows = [f"{p[0]} {p[1]} {p[2]}{a}" for p, a in entries]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)



_CN_NUMS = "一二三四五六七八九"


def numbered_place_groups(g: Gen) -> Sample:
    """``（一）城关村（3户）`` over ``张某家庭  李某家庭``: numbered villages heading their families."""
    entries: list[Entry] = []
    rows: list[str] = []
    villages = [v + s for v, s in zip(g.r.sample(g.places, 4), g.r.choices(("村", "社区"), k=4), strict=True)]
    for i, village in enumerate(villages[: g.r.randint(2, 4)]):
        members = [p for p in g.people(1, 4) if not any(p == n for n, _ in entries)]
        if not members:
            continue
        entries.extend((m, village) for m in members)
        rows.append(f"（{_CN_NUMS[i]}）{village}（{len(members)}户）")
        rows.append("  ".join(m + "家庭" for m in members))
    text = "\n".join(["关于命名“文明家庭”的决定", "各村（社区）妇联：",
                      f"经推荐审核，决定命名{entries[0][0]}家庭等{len(entries)}户家庭为“文明家庭”。", *rows,
                      "某某镇妇联", "2022年12月15日"])
    return Sample(text + "\n", entries)


def numbered_rows_after_grant(g: Gen) -> Sample:
    """``…拟表彰以下5名同志为“…”，现予以公示。`` over ``1. 王某  某单位`` rows, no lead-in."""
    people = g.people(2, 8)
    entries: list[Entry] = [(p, g.unit() + g.r.choice(POSTS)) for p in people]
    rows = [f"{i}. {p}  {a}" for i, (p, a) in enumerate(entries, 1)]
    honour = g.r.choice(HONOURS)
    text = "\n".join([f"关于{honour}拟表彰对象的公示",
                      f"经基层推荐、资格审核，拟表彰以下{len(people)}名同志为“{honour}”，现予以公示。", *rows,
                      "公示时间：2021年3月1日至3月7日。", "某某镇妇联", "2021年3月1日"])
    return Sample(text + "\n", entries)


def heading_the_body_granted(g: Gen) -> Sample:
    """``…授予王某等N名同志“优秀班主任”称号。`` then ``优秀班主任（N名）：`` over padded names."""
    people = g.people(2, 6)
    entries: list[Entry] = [(p, None) for p in people]
    honour = g.r.choice(("优秀班主任", "优秀辅导员", "教学能手", "优秀校长"))
    text = "\n".join(["关于表彰优秀教职工的决定", "各年级组、各处室：",
                      f"经研究，决定授予{people[0]}等{len(people)}名同志“{honour}”称号。",
                      f"{honour}（{len(people)}名）：", "  ".join(" ".join(p) if len(p) == 2 else p for p in people),
                      "某某中学工会", "2019年7月5日"])
    return Sample(text + "\n", entries)


def table_bars_both_ends(g: Gen) -> Sample:
    """``|序号|姓名|工作单位|备注|`` / ``|1|王某|某某小学||``: a bar before the first cell too."""
    people = g.people()
    entries: list[Entry] = [(p, g.unit()) for p in people]
    rows = ["|序号|姓名|工作单位|备注|",
            *(f"|{i}|{p}|{a}|{g.r.choice(('', '', '已故'))}|" for i, (p, a) in enumerate(entries, 1))]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)

def table_rows_no_header(g: Gen) -> Sample:
    """``1|王某|某某小学 教师|`` or ``某某小学|王某|女|``: bar-separated rows under no header row,
    numbered or not, the unit before or after the name, a sex cell in some."""
    people = g.people(2, 8)
    entries: list[Entry] = [(p, g.unit()) for p in people]
    numbered, unit_first = g.r.random() < 0.5, g.r.random() < 0.3
    rows = []
    for i, (p, a) in enumerate(entries, 1):
        cells = [a, p] if unit_first else [p, a]
        if g.r.random() < 0.3:
            cells.insert(2, g.r.choice(("女", "男")))
        rows.append("|".join([str(i), *cells] if numbered else cells) + g.r.choice(("|", "", " |")))
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def unit_post_name(g: Gen) -> Sample:
    """``某某有限公司 总经理  王某``: the unit and post columns before the name (a short name padded
    in some rows: ``某某小学 教师  王  芳``)."""
    people = g.people()
    entries: list[Entry] = [(p, f"{g.unit()} {g.r.choice(POSTS)}") for p in people]
    rows = [f"{a}  {'  '.join(p) if len(p) == 2 and g.r.random() < 0.3 else p}" for p, a in entries]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def name_dash_unit(g: Gen) -> Sample:
    """``王某——某某街道妇联主席``: a name, a dash, the unit and post."""
    people = g.people()
    entries: list[Entry] = [(p, g.unit() + g.r.choice(POSTS)) for p in people]
    rows = [f"{p}{g.r.choice(('——', '—', '-', '－', ' — '))}{a}" for p, a in entries]
    return Sample(_page(g.r.choice(HONOURS), rows, len(people), people[0]), entries)


def region_label_lines(g: Gen) -> Sample:
    """``城关镇：`` alone on its line over families (one or two people each, one per line)."""
    entries: list[Entry] = []
    rows: list[str] = []
    for town in g.r.sample([p[:-1] + "镇" for p in g.places], g.r.randint(2, 4)):
        rows.append(f"{town}：")
        for _ in range(g.r.randint(1, 3)):
            members = [p for p in g.people(1, 2) if not any(p == n for n, _ in entries)]
            if members:
                entries.extend((m, town) for m in members)
                rows.append("、".join(members) + "家庭")
    return Sample(_page("五好家庭", rows, len(rows), entries[0][0], unit="户"), entries)


def family_then_place(g: Gen) -> Sample:
    """``1.王某家庭　　某某区某某街道``: a family, then where it lives."""
    people = g.people()
    entries: list[Entry] = [(p, g.r.choice(g.places) + g.r.choice(("某某街道", "某某镇", "某某社区"))) for p in people]
    rows = [f"{i}.{p}家庭{g.r.choice(('　　', '  ', ' '))}{a}" for i, (p, a) in enumerate(entries, 1)]
    text = "\n".join(["关于表彰“书香之家”的通报", f"经评选，决定对以下{len(people)}个家庭予以通报表彰：", *rows,
                      "某某市妇联", "2024年4月23日"])
    return Sample(text + "\n", entries)


def profile_brackets(g: Gen) -> Sample:
    """``1、周某（女，汉族，1975年5月生，中共党员，某某医院主任）`` rows on a 公示."""
    people = g.people(2, 6)
    entries: list[Entry] = [(p, g.unit() + g.r.choice(POSTS)) for p in people]
    rows = []
    for i, (p, a) in enumerate(entries, 1):
        profile = ["女", g.r.choice(("汉族", "回族", "土家族")), f"{g.r.randint(1960, 1999)}年{g.r.randint(1, 12)}月生",
                   g.r.choice(("中共党员", "群众", "民盟盟员"))][: g.r.randint(1, 4)]
        rows.append(f"{i}、{p}（{'，'.join(profile)}，{a}）")
    honour = g.r.choice(HONOURS)
    text = "\n".join([f"2023年度“{honour}”推荐人选公示",
                      f"经基层推荐、县妇联审核，现将我县2023年度“{honour}”推荐人选公示如下：", *rows,
                      "公示期为5个工作日。", "某某县妇联", "2023年9月1日"])
    return Sample(text + "\n", entries)


_CN_NUMERALS = "一二三四五六七八九十"


def numbered_people(g: Gen) -> Sample:
    """``一、王某`` over ``性别：女  工作单位及职务：某某医院护士长``, or ``（一）王某（某某医院护士长）``
    over a sentence of deeds, or ``1、王某`` over ``工作单位：… 职务：…``: each candidate of a 公示
    numbered like a heading, the particulars below."""
    people = g.people(2, 6)[:10]
    entries: list[Entry] = []
    rows: list[str] = []
    style = g.r.choice(("fields", "deeds", "item fields"))
    for i, p in enumerate(people):
        unit, post = g.unit(), g.r.choice(POSTS)
        entries.append((p, unit + post))
        if style == "fields":
            rows += [f"{_CN_NUMERALS[i]}、{p}", f"性别：女  民族：{g.r.choice(('汉族', '回族'))}  工作单位及职务：{unit}{post}"]
        elif style == "deeds":
            rows += [f"（{_CN_NUMERALS[i]}）{p}（{unit}{post}）", f"该同志爱岗敬业，扎根基层{g.r.randint(5, 30)}年，工作成绩突出。"]
        else:
            rows += [f"{i + 1}、{p}", f"工作单位：{unit}  职务：{post}"]
    honour = g.r.choice(HONOURS)
    text = "\n".join([f"关于2024年度“{honour}”推荐人选的公示", "经各地推荐、资格审查，现将推荐人选公示如下：", *rows,
                      "公示期为5个工作日。", "某某市妇联", "2024年2月20日"])
    return Sample(text + "\n", entries)


LAYOUTS: dict[str, Callable[[Gen], Sample]] = {
    "numbered people, particulars below": numbered_people,
    "name — unit rows": name_dash_unit,
    "region labels on their own lines": region_label_lines,
    "family then its place": family_then_place,
    "name(profile, unit) on a 公示": profile_brackets,
    "numbered place groups": numbered_place_groups,
    "numbered rows after a grant": numbered_rows_after_grant,
    "a heading the body granted": heading_the_body_granted,
    "table with bars at both ends": table_bars_both_ends,
    "bar rows under no header": table_rows_no_header,
    "unit post name rows": unit_post_name,
    "padded name glued to its unit": padded_glued,
    "columns one after another": columns_in_turn,
    "prize levels with works": prize_levels,
    "nested region headings": nested_regions,
    "region labels in the body": region_labels_in_body,
    "pointing lead-in": pointing_lead_in,
    "name glued before a level-word unit": glued_level_unit,
    "post glued before the name": post_before_name,
    "region label families": region_families,
    "traditional script": traditional,
    "cut off mid-entry": cut_off,
    "name unit rows": name_unit_rows,
    "numbered rows": numbered_rows,
    "padded names": padded_names,
    "unit:name rows": unit_colon_name,
    "names enumerated": names_enumerated,
    "place families": place_families,
    "name(unit、post)": name_bracket_unit,
    "table rows": table_rows,
    "one cell per line": cells_per_line,
    "table lined up by spaces": spaced_table,
    "padded name(unit、post)": padded_name_bracket,
    "name,unit rows": name_comma_unit,
}


def read_back(text: str) -> list[Entry]:
    """The entries fedextract reads from ``text`` (every list of its first document)."""
    from fedextract.pipeline import extract_record  # noqa: PLC0415

    doc = extract_record(text.encode("utf-8"))["documents"][0]
    return [(h["name"], h["affiliation"]) for lst in doc.get("award_lists", []) for h in lst["honorees"]]


def f1(expected: list[Entry], found: list[Entry]) -> float:
    want, got = list(expected), list(found)
    tp = 0
    for e in got:
        if e in want:
            want.remove(e)
            tp += 1
    if not expected and not found:
        return 1.0
    precision = tp / len(found) if found else 0.0
    recall = tp / len(expected) if expected else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
