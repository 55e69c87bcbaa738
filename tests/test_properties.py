"""Properties over arbitrary text: extract never raises, its JSON validates against the
committed schema, and no non-blank line is lost."""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fedextract
from tests.helpers import assert_nothing_lost

ROOT = Path(__file__).resolve().parent.parent
SEED_LINES = (ROOT / "seeds" / "000_f01345817728b86f.txt").read_text(encoding="utf-8").split("\n")
SCHEMA = json.loads((ROOT / "schemas" / "fedextract.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

MARKERS = ["一、", "二、", "十二、", "(一)", "（三）", "1、", "2.", "3．", "(1)", "（2）", "①", "⑳", "第一部分", "第二章",
           "第一篇:", "第三篇：", "附件:", "附件1:", "附", "1.5", "14.02.2017 ", "2008年", "~年", "200F年", "20xx年"]
WORDS = ["妇联", "关于表彰", "的决定", "工作意见", "名单", "授予", "等10户家庭", "“最美家庭”", "荣誉称号", "深圳市", "罗湖区",
         "居民", "教师", "陈德平", "张 兰", "(排名不分先后)", "(10名)", "二○○八年十二月十六日", "深妇字[2008]34号",
         "1 2 下一页", "来源:", "各县区妇联:", "文件", "让我们", "基矗", "(征求意见稿)", "時間", "關於", "婦聯"]
PUNCT = ["。", ",", "、", ";", ":", "!", "“", "”", "《", "》", "(", ")", "【", "】", "-", "_", "*", "~"]
SPACES = [" ", "  ", "\u3000", "\u00a0", "\t"]

HANZI = "的一是在了和有大这中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年义发成部民可出能方进同行面说种过度而多子后自社加小机经力本高量长党得实家定深法表水理化现所二起政三好十无农使性前等反体合路图把结第里正新开论之物从当两些还天资事队批如应形想制心样干都向变关点育重其思与间内去因件日利相由员气业代全组数果期导平各基或月然问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公领军流入接席位情运器并原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转别造切九取西持总料连任志观调七山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即知研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引千胜细影济白格效置推空配叶率今选养德话查差半始片施响收华觉备名红续均药标记难存测士身紧液派准角降维板许破技消底床田势端感往神便贺村构照容非亚族火段算适讲按值美态黄易服早班麦削信排台声该击素张密害草何树继右属市严径检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫失包住促枝局菌周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言球朝医校古稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余卷创律雨让骨远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝女焊株亲院冷彻弹错商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似困巩益洲脱投送侧润盖挥距触星松获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽握担仍鲜卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩"
piece = st.one_of(
    st.sampled_from(MARKERS), st.sampled_from(WORDS), st.sampled_from(PUNCT), st.sampled_from(SPACES),
    st.text(alphabet=HANZI, min_size=1, max_size=8),
)
line = st.lists(piece, min_size=0, max_size=12).map("".join)
document = st.lists(line, min_size=1, max_size=40).map("\n".join)


def _check(text: str) -> None:
    record = fedextract.extract(text, name="prop.txt")
    VALIDATOR.validate(json.loads(record.to_json()))
    assert_nothing_lost(text, record)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document)
def test_random_documents(text: str) -> None:
    _check(text)


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(min_value=5, max_value=80), st.sampled_from(["\n", "\r\n", "\r"]))
def test_shuffled_seed_lines(rnd: random.Random, n: int, newline: str) -> None:
    lines = rnd.sample(SEED_LINES, k=min(n, len(SEED_LINES)))
    _check(newline.join(lines))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode(text: str) -> None:
    if not text.strip():
        return
    _check(text)


@pytest.mark.parametrize("text", ["\n\n\n", "　", "第一篇:", "附件:", "1、", "一、", "(一)", "名单", "授予等10户家庭荣誉称号"])
def test_degenerate_inputs(text: str) -> None:
    record = fedextract.extract(text)
    VALIDATOR.validate(json.loads(record.to_json()))
    assert_nothing_lost(text, record)
