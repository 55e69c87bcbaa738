"""The layout zoo (see ``tests/zoo.py``): every catalogued layout, 200 seeded random lists each,
read back with entry F1 >= 0.99.  ``HYPOTHESIS_PROFILE=fuzz`` draws fresh seeds in the property
test below."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.zoo import LAYOUTS, Gen, f1, read_back

LISTS = 200


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_layout_reads_back(layout: str, capsys: pytest.CaptureFixture[str]) -> None:
    make = LAYOUTS[layout]
    scores = []
    for seed in range(LISTS):
        sample = make(Gen(seed))
        scores.append(f1(sample.entries, read_back(sample.text)))
    mean = sum(scores) / len(scores)
    with capsys.disabled():
        print(f"\nzoo: {layout}: entry F1 {mean:.3f} over {LISTS} lists")
    assert mean >= 0.99, (layout, [i for i, s in enumerate(scores) if s < 1][:10])


@settings(max_examples=60, deadline=None)
@given(layout=st.sampled_from(sorted(LAYOUTS)), seed=st.integers(min_value=LISTS, max_value=2**31))
def test_any_seed_reads_back_most_entries(layout: str, seed: int) -> None:
    sample = LAYOUTS[layout](Gen(seed))
    assert f1(sample.entries, read_back(sample.text)) >= 0.75


def test_f1_scores_what_it_should() -> None:
    assert f1([("甲", None), ("乙", "丙")], [("甲", None)]) == pytest.approx(2 / 3)
    assert f1([], []) == 1.0 and f1([("甲", None)], []) == 0.0
