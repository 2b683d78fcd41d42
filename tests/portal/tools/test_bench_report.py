"""The benchmark's judging and tables (portal/tools/bench_report.py), and writing them into the README."""

import pytest

from portal.tools.bench_report import (
    README_END,
    README_START,
    below_floors,
    goals_missed,
    judged,
    query_table,
    readme_with_results,
    speed_table,
)


def row(name, concurrency, rps, p50=0.001, p99=0.002):
    return {"name": name, "concurrency": concurrency, "rps": rps, "p50": p50, "p99": p99, "requests": 100}


STATIC = [row("static file", 1, 1500), row("static file", 16, 2000)]


def by_name(rows):
    return {(r["name"], r["concurrency"]): r for r in judged(rows)}


def test_each_page_is_a_fraction_of_the_static_file_at_the_same_concurrency():
    rows = by_name([*STATIC, row("family case page", 1, 150), row("family case page", 16, 100)])
    assert rows["family case page", 1]["fraction"] == pytest.approx(0.10)
    assert rows["family case page", 1]["met"] is True
    assert rows["family case page", 16]["fraction"] == pytest.approx(0.05)
    assert rows["family case page", 16]["met"] is False
    assert rows["static file", 1]["met"] is None


def test_the_uncached_directory_is_compared_with_the_uncached_guide():
    rows = by_name(
        [
            *STATIC,
            row("guide (uncached)", 1, 40),
            row("directory (uncached)", 1, 40),
            row("directory (uncached)", 16, 1),
        ]
    )
    assert rows["directory (uncached)", 1]["met"] is True
    assert rows["directory (uncached)", 16]["met"] is None  # no guide measured at 16 to compare with


def test_only_the_floors_fail_the_run_and_missed_goals_are_listed():
    rows = [*STATIC, row("home (cached)", 1, 1000), row("document download", 1, 10)]
    assert below_floors(rows) == []
    assert goals_missed(rows, {}) == [
        "home (cached) at 1: 1,000 req/s, target ≥ 0.9",
        "document download at 1: 10 req/s, target ≥ 0.125",
    ]
    assert below_floors([*STATIC, row("guide (cached)", 16, 900), row("family case page", 16, 60)]) == [
        "guide (cached) at 16: 0.45 of static < 0.5"
    ]


def test_the_tables_show_each_target_and_whether_it_was_met():
    table = speed_table([*STATIC, row("worker case list", 1, 30, p50=0.0321, p99=1.5), row("search", 16, 4.04)])
    lines = table.splitlines()
    assert lines[0] == "| page | c | req/s | p50 ms | p99 ms | × static | target | met? |"
    assert lines[2] == "| static file | 1 | 1,500 | 1.0 | 2.0 | 1.00 | — | — |"
    assert lines[-2] == "| worker case list | 1 | 30 | 32.1 | 1,500 | 0.020 | ≥ 0.025 | **no** |"
    assert lines[-1] == "| search | 16 | 4.0 | 1.0 | 2.0 | 0.002 | — | — |"
    queries = query_table({"family case page": 10, "worker case list": 9, "worker case page": 14})
    assert queries.splitlines()[2:] == [
        "| family case page | 10 | — | — |",
        "| worker case list | 9 | ≤ 12 | yes |",
        "| worker case page | 14 | ≤ 12 | **no** |",
    ]
    assert goals_missed([], {"worker case page": 14}) == ["worker case page: 14 queries, target ≤ 12"]


def test_the_results_replace_what_is_between_the_markers_and_nothing_else():
    readme = f"# Title\n\n## Performance\n\nProse.\n\n{README_START}\nold table\n{README_END}\n\nMore prose.\n"
    updated = readme_with_results(readme, "new table\n")
    assert updated == f"# Title\n\n## Performance\n\nProse.\n\n{README_START}\nnew table\n{README_END}\n\nMore prose.\n"
    assert readme_with_results(updated, "new table") == updated
    with pytest.raises(ValueError, match="markers"):
        readme_with_results("# No markers\n", "new table")
