#!/usr/bin/env python3
"""The reference an analyst would otherwise write: pandas + matplotlib doing what `isecg-report build` does.

Same inputs (a datasets directory), the same statistics (year-end members, joins and departures, growth %,
CAGR, linear least squares with a 95 % prediction interval, log-linear growth, regions, outputs per year by
type, cumulative outputs, roadmap intervals, correlation, reconciliation of reported totals), the same nine
charts as PNG (1920x1080) and SVG, a multi-page PDF with the charts and tables, and stats.json.

Usage: report_pandas.py DATASETS_DIR OUT_DIR
"""
import json
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from scipy import stats as sps  # noqa: E402

TYPES = ["strategy", "roadmap", "report", "white-paper", "assessment", "workshop", "meeting", "statement"]
COLORS = {"strategy": "#000000", "roadmap": "#E69F00", "report": "#56B4E9", "white-paper": "#F0E442",
          "assessment": "#999999", "workshop": "#CC79A7", "meeting": "#009E73", "statement": "#666666"}


def first_day(text):
    text = str(text)
    if len(text) == 4:
        text += "-01-01"
    elif len(text) == 7:
        text += "-01"
    return pd.Timestamp(text)


def main(datasets, out):
    os.makedirs(os.path.join(out, "charts"), exist_ok=True)
    members = pd.read_csv(os.path.join(datasets, "members.csv"), dtype=str, keep_default_na=False)
    outputs_path = os.path.join(datasets, "outputs.csv")
    counts_path = os.path.join(datasets, "reported_counts.csv")
    outputs = pd.read_csv(outputs_path, dtype=str, keep_default_na=False) if os.path.exists(outputs_path) else None
    counts = pd.read_csv(counts_path, dtype=str, keep_default_na=False) if os.path.exists(counts_path) else None

    members["joined_day"] = members["joined"].map(first_day)
    members["left_day"] = members["left"].map(lambda v: first_day(v) if v else pd.NaT)
    years_seen = [d.year for d in members["joined_day"]]
    if outputs is not None:
        outputs["day"] = outputs["date"].map(first_day)
        outputs["year"] = outputs["day"].dt.year
        years_seen += list(outputs["year"])
    if counts is not None:
        counts["day"] = counts["date"].map(first_day)
        years_seen += [d.year for d in counts["day"]]
    first_year, report_year = int(members["joined_day"].dt.year.min()), int(max(years_seen))
    years = np.arange(first_year, report_year + 1)

    def year_end(year):
        end = pd.Timestamp(f"{year}-12-31")
        inside = (members["joined_day"] <= end) & (members["left_day"].isna() | (members["left_day"] >= end))
        return int(inside.sum())

    series = pd.DataFrame({"year": years, "members": [year_end(y) for y in years]})
    series["joined"] = [int((members["joined_day"].dt.year == y).sum()) for y in years]
    series["left"] = [int((members["left_day"].dt.year == y).sum()) for y in years]
    series["net"] = series["joined"] - series["left"]
    series["growthPercent"] = series["members"].pct_change() * 100
    base, last = series["members"].iloc[0], series["members"].iloc[-1]
    n_years = report_year - first_year
    cagr = ((last / base) ** (1 / n_years) - 1) * 100 if base > 0 and n_years > 0 else None
    fit = sps.linregress(series["year"], series["members"])
    n = len(series)
    resid = series["members"] - (fit.intercept + fit.slope * series["year"])
    s = np.sqrt((resid ** 2).sum() / (n - 2))
    t = sps.t.ppf(0.975, n - 2)
    mean_x, sxx = series["year"].mean(), ((series["year"] - series["year"].mean()) ** 2).sum()
    forecast = []
    for year in range(report_year + 1, report_year + 6):
        value = fit.intercept + fit.slope * year
        half = t * s * np.sqrt(1 + 1 / n + (year - mean_x) ** 2 / sxx)
        forecast.append({"year": year, "value": value, "lower": value - half, "upper": value + half})
    loglin = np.polyfit(series["year"], np.log(series["members"]), 1)
    end = pd.Timestamp(f"{report_year}-12-31")
    current = members[(members["joined_day"] <= end) & (members["left_day"].isna() | (members["left_day"] >= end))]
    regions = current.groupby("region").size().sort_values(ascending=False)

    result = {"membership": {"years": series.replace({np.nan: None}).to_dict("records"), "cagrPercent": cagr,
                             "trend": {"slope": fit.slope, "intercept": fit.intercept, "r2": fit.rvalue ** 2},
                             "logLinearGrowthPercent": (np.exp(loglin[0]) - 1) * 100, "forecast": forecast,
                             "byRegion": [{"region": r, "members": int(c), "sharePercent": 100 * c / regions.sum()}
                                          for r, c in regions.items()]}}
    if outputs is not None:
        table = pd.crosstab(outputs["year"], outputs["type"]).reindex(index=years, columns=TYPES, fill_value=0)
        totals = table.sum(axis=1)
        roadmaps = outputs[outputs["type"] == "roadmap"].sort_values("day")["day"]
        gaps = roadmaps.diff().dt.days.dropna()
        per_year = totals.values
        result["outputs"] = {"years": [{"year": int(y), "total": int(totals[y]), "cumulative": int(c),
                                        "byType": {k: int(table.loc[y, k]) for k in TYPES}}
                                       for y, c in zip(years, totals.cumsum())],
                             "roadmapIntervalDays": {"mean": gaps.mean(), "median": gaps.median()}}
        result["correlation"] = {"pearson": sps.pearsonr(series["members"], per_year)[0],
                                 "spearman": sps.spearmanr(series["members"], per_year)[0], "n": n}
    if counts is not None:
        totals_only = counts[counts["kind"] == "total"]
        rows = []
        for _, row in totals_only.iterrows():
            roster = int(((members["joined_day"] <= row["day"]) &
                          (members["left_day"].isna() | (members["left_day"] >= row["day"]))).sum())
            rows.append({"date": row["date"], "reported": int(row["reported_members"]), "roster": roster,
                         "difference": int(row["reported_members"]) - roster})
        result["reconciliation"] = rows
    with open(os.path.join(out, "stats.json"), "w") as handle:
        json.dump(result, handle, indent=2, sort_keys=True, default=float)

    figures = []

    def figure(name, title):
        fig, ax = plt.subplots(figsize=(9.6, 5.4))
        ax.set_title(title, loc="left", fontsize=16, fontweight="bold")
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", color="#D9D9D9", linewidth=0.5)
        figures.append((name, fig))
        return fig, ax

    _, ax = figure("membership-growth", "Membership growth")
    ax.step(series["year"], series["members"], where="post", color="#0072B2", linewidth=2.25)
    for _, group in members.groupby(members["joined_day"].dt.year):
        year = int(group["joined_day"].dt.year.iloc[0])
        ax.annotate(", ".join(group["acronym"]) if len(group) < 6 else f"{len(group)} founders",
                    (year, year_end(year)), fontsize=8, xytext=(3, 6), textcoords="offset points")
    _, ax = figure("joins-per-year", "Joins per year")
    ax.bar(series["year"], series["joined"], color="#0072B2")
    ax.bar(series["year"], -series["left"], color="#D55E00")
    _, ax = figure("members-by-region", "Members by region")
    ax.barh(regions.index[::-1], regions.values[::-1], color="#0072B2")
    for i, (region, count) in enumerate(list(regions.items())[::-1]):
        ax.text(count + 0.2, i, f"{count} ({100 * count / regions.sum():.1f} %)", va="center", fontsize=9)
    _, ax = figure("member-timeline", "Member timeline")
    ordered = members.sort_values(["joined_day", "acronym"]).reset_index(drop=True)
    for i, row in ordered.iterrows():
        start = row["joined_day"].year + (row["joined_day"].day_of_year - 1) / 365.25
        ax.barh(i, report_year + 1 - start, left=start, height=0.7)
        ax.text(start - 0.1, i, row["acronym"], ha="right", va="center", fontsize=6)
    ax.invert_yaxis()
    if outputs is not None:
        _, ax = figure("outputs-by-year", "Outputs per year by type")
        bottom = np.zeros(len(years))
        for kind in TYPES:
            ax.bar(years, table[kind].values, bottom=bottom, color=COLORS[kind], label=kind)
            bottom += table[kind].values
        ax.legend(fontsize=8, frameon=False)
        fig, (top, bottom_ax) = plt.subplots(2, 1, sharex=True, figsize=(9.6, 5.4))
        top.step(years, totals.cumsum(), where="post", color="#E69F00")
        bottom_ax.step(series["year"], series["members"], where="post", color="#0072B2")
        figures.append(("cumulative-outputs", fig))
        _, ax = figure("roadmap-timeline", "Strategy and roadmap editions")
        editions = outputs[outputs["type"].isin(["strategy", "roadmap"])].sort_values("day").reset_index(drop=True)
        for i, row in editions.iterrows():
            x = row["day"].year + (row["day"].day_of_year - 1) / 365.25
            ax.plot([x, x], [0, 1 if i % 2 == 0 else -1], color="#999999")
            ax.text(x, 1.1 if i % 2 == 0 else -1.2, row["title"][:40], ha="center", fontsize=7)
        ax.set_ylim(-2, 2)
    _, ax = figure("membership-forecast", "Membership forecast")
    ax.step(series["year"], series["members"], where="post", color="#0072B2")
    fx = [f["year"] for f in forecast]
    ax.plot(series["year"], fit.intercept + fit.slope * series["year"], color="#999999", linewidth=1)
    ax.plot(fx, [f["value"] for f in forecast], "--", color="#D55E00")
    ax.fill_between(fx, [f["lower"] for f in forecast], [f["upper"] for f in forecast], color="#D55E00", alpha=0.15)
    if counts is not None:
        _, ax = figure("reported-vs-roster", "Reported totals against the roster")
        ax.step(series["year"], series["members"], where="post", color="#0072B2")
        tot = counts[counts["kind"] == "total"]
        ax.scatter([d.year + (d.day_of_year - 1) / 365.25 for d in tot["day"]], tot["reported_members"].astype(int),
                   color="#D55E00", zorder=3)

    pdf_path = os.path.join(out, f"annual-summary-{report_year}.pdf")
    with PdfPages(pdf_path) as pdf:
        cover = plt.figure(figsize=(8.27, 11.69))
        cover.text(0.1, 0.8, f"Annual summary {report_year}", fontsize=24, fontweight="bold")
        pdf.savefig(cover)
        plt.close(cover)
        for name, fig in figures:
            fig.savefig(os.path.join(out, "charts", name + ".png"), dpi=200)
            fig.savefig(os.path.join(out, "charts", name + ".svg"))
            pdf.savefig(fig)
            plt.close(fig)
        for frame in [members[["acronym", "name", "country", "region", "joined"]]] + \
                ([outputs[outputs["year"] == report_year][["date", "type", "title"]]] if outputs is not None else []):
            for start in range(0, len(frame), 30):
                page = plt.figure(figsize=(8.27, 11.69))
                axis = page.add_subplot(111)
                axis.axis("off")
                chunk = frame.iloc[start:start + 30].astype(str).map(lambda v: v[:45])
                axis.table(cellText=chunk.values, colLabels=list(chunk.columns), loc="upper center", fontsize=7)
                pdf.savefig(page)
                plt.close(page)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
