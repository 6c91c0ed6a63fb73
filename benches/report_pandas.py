"""The class report's aggregation written with pandas, for comparison with `report::build`.

    cargo bench --bench report                          # writes target/report-bench.json
    python3 benches/report_pandas.py target/report-bench.json

Computes what the report computes: each learner's average best score, the average grade per
lesson, and per exercise the facility index (first answers right), the discrimination index
(top 27 % minus bottom 27 % of learners by total score), option picks of first answers, hints
and the median time of first answers. Prints the time of the aggregation alone (the data
already in a DataFrame, as the Rust benchmark has it in memory) and of loading the JSON.
"""

import json
import sys
import time

import pandas as pd


def load(path):
    with open(path, encoding="utf-8") as f:
        export = json.load(f)
    rows = []
    for learner in export["learners"]:
        for a in learner["attempts"]:
            rows.append((learner["learner"], a["lesson"], a["exercise"], a["id"], a["answer"],
                         a["score"], a["max"], a["correct"], a["hints_used"], a["time_spent_ms"]))
    return pd.DataFrame(rows, columns=["learner", "lesson", "exercise", "id", "answer", "score",
                                       "max", "correct", "hints_used", "time_spent_ms"])


def report(df):
    df = df.assign(fraction=(df["score"] / df["max"]).where(df["max"] > 0, 0.0))
    best = df.groupby(["learner", "lesson", "exercise"], sort=False)["fraction"].max().reset_index()
    learners = best.groupby("learner")["fraction"].mean()
    lessons = best.groupby(["learner", "lesson"])["fraction"].mean().groupby("lesson").mean()
    totals = best.groupby("learner")["fraction"].sum().sort_values(ascending=False)
    group = max(1, round(len(totals) * 0.27))
    upper, lower = set(totals.index[:group]), set(totals.index[-group:])
    first = df.sort_values("id").drop_duplicates(["learner", "exercise"], keep="first")
    hints = df.groupby(["learner", "exercise"])["hints_used"].max().groupby("exercise").sum()
    facility = first.groupby("exercise")["correct"].mean()
    top = first[first["learner"].isin(upper)].groupby("exercise")["correct"].mean()
    bottom = first[first["learner"].isin(lower)].groupby("exercise")["correct"].mean()
    picks = first.groupby(["exercise", "answer"]).size()
    median = (first["time_spent_ms"] / 1000).groupby(first["exercise"]).median()
    return learners, lessons, facility, top - bottom, picks, hints, median


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "target/report-bench.json"
    start = time.perf_counter()
    df = load(path)
    loaded = time.perf_counter() - start
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        report(df)
        runs.append(time.perf_counter() - start)
    runs.sort()
    print(f"pandas {pd.__version__}: {len(df)} attempts; load {loaded:.2f} s; "
          f"aggregation median of 5: {runs[2] * 1000:.0f} ms (min {runs[0] * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
