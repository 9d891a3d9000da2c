"""Generate a synthetic dataset of N observations that passes ``python -m indicators check``.

::

    python -m bench.synth --observations 10000 --out /tmp/synth-10k

writes ``/tmp/synth-10k/indicators.yaml`` and ``/tmp/synth-10k/sources/*.txt``: one generated
Vietnamese article per :data:`PER_SOURCE` observations, each observation's quote a sentence of its
article whose figure is written the Vietnamese way ("2.067 triệu USD", "8,67 tỷ USD",
"khoảng 33,7 triệu lượt khách") with the hedge word its qualifier names. Every other number
mention of an article (its date, the years of the periods) is listed under ``dismissed``, as
``python -m indicators scan`` reports it, so coverage is 100 %.

The records are validated by :mod:`indicators.model` before they are written, so a change of the
format breaks the generator at once rather than the benchmark later. Same seed, same bytes.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from indicators.model import Dismissal, Indicator, Observation, Source
from indicators.scan import find_mentions

PER_SOURCE = 50
INDICATORS = 40
SEED = 20201106

# Words chosen to hold no number word ("một", "hai", "ba", "năm" as five ...) and no hedge word.
PLACES = (
    "Hoàn Kiếm",
    "Đống Đa",
    "Tây Hồ",
    "Cầu Giấy",
    "Thanh Xuân",
    "Hoàng Mai",
    "Long Biên",
    "Nam Từ Liêm",
    "Bắc Từ Liêm",
    "Hà Đông",
    "Sơn Tây",
    "Phúc Thọ",
    "Đan Phượng",
    "Hoài Đức",
    "Quốc Oai",
    "Thạch Thất",
    "Chương Mỹ",
    "Thanh Oai",
    "Thường Tín",
    "Phú Xuyên",
    "Ứng Hòa",
    "Mỹ Đức",
    "Sóc Sơn",
    "Đông Anh",
    "Gia Lâm",
    "Mê Linh",
    "Thanh Trì",
)


@dataclass(frozen=True)
class Kind:
    """A kind of indicator: its unit, theme, names and how its figures are written."""

    key: str
    unit: str
    theme: str
    vi: str
    en: str
    subject: str  # the words before the verb in a quote


KINDS = (
    Kind("fdi", "USD", "investment", "Vốn FDI đăng ký", "Registered FDI", "vốn FDI đăng ký tại"),
    Kind("export", "USD", "economy", "Kim ngạch xuất khẩu", "Export turnover", "kim ngạch xuất khẩu của"),
    Kind("visitors", "visits", "tourism", "Lượt khách", "Visitors", "lượng khách đến"),
    Kind(
        "intl-visitors",
        "visits",
        "tourism",
        "Lượt khách quốc tế",
        "International visitors",
        "lượng khách quốc tế đến",
    ),
)

# (qualifier codes, the words between the verb and the figure)
HEDGES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("exact",), "đạt"),
    (("exact",), "đạt"),
    (("exact",), "đạt"),
    (("approximately",), "đạt khoảng"),
    (("nearly",), "đạt gần"),
    (("more_than",), "đạt hơn"),
    (("estimate",), "ước đạt"),
    (("projected",), "dự kiến đạt"),
    (("approximately", "estimate"), "ước đạt khoảng"),
)


def vietnamese_figure(value: int, unit: str, style: int) -> str:
    """Write ``value`` (base units) as an article does: '8,67 tỷ USD', '2.067 triệu USD', ..."""
    word = "USD" if unit == "USD" else "lượt khách"
    if unit == "USD":
        if style == 0:  # hundredths of a billion: 8,67 tỷ USD
            return f"{_decimal_vi(Decimal(value) / 10**9)} tỷ {word}"
        return f"{_grouped_vi(value // 10**6)} triệu {word}"  # whole millions: 2.067 triệu USD
    if style == 0:  # tenths of a million: 33,7 triệu lượt khách
        return f"{_decimal_vi(Decimal(value) / 10**6)} triệu {word}"
    return f"{_grouped_vi(value)} {word}"  # 125.400 lượt khách


def _decimal_vi(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    whole, _, fraction = text.partition(".")
    return _grouped_vi(int(whole)) + (f",{fraction}" if fraction else "")


def _grouped_vi(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _value(rng: random.Random, unit: str, style: int) -> int:
    if unit == "USD":
        return rng.randint(50, 2500) * 10**7 if style == 0 else rng.randint(100, 9999) * 10**6
    return rng.randint(20, 400) * 10**5 if style == 0 else rng.randint(10, 9999) * 100


def _period(rng: random.Random, published: date) -> tuple[str, str]:
    """Return a period before the article's date and the words that name it in the quote."""
    roll = rng.random()
    if roll < 0.8:
        year = rng.randint(published.year - 6, published.year - 1)
        return str(year), f"Năm {year}"
    if roll < 0.9:
        return published.isoformat(), f"Tính đến ngày {published:%d/%m/%Y}"
    first = published.year - 6
    return f"{first}/{published.year - 1}", f"Giai đoạn {first}-{published.year - 1}"


def generate(observations: int, seed: int = SEED) -> tuple[dict[str, Any], dict[str, str]]:
    """Return the dataset as plain YAML-ready data and the article texts by file name."""
    if observations < 1:
        raise ValueError("expected at least one observation")
    rng = random.Random(seed)
    indicators = [_indicator(index) for index in range(INDICATORS)]
    sources: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    dismissed: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    for number, start in enumerate(range(0, observations, PER_SOURCE)):
        count = min(PER_SOURCE, observations - start)
        source, text, made, dismissals = _article(rng, number, start, count, indicators)
        sources.append(source)
        records.extend(made)
        dismissed.extend(dismissals)
        texts[source["file"]] = text
    data = {
        "version": 1,
        "sources": sources,
        "indicators": indicators,
        "observations": records,
        "dismissed": dismissed,
    }
    _validate(data)
    return data, texts


def _indicator(index: int) -> dict[str, Any]:
    kind = KINDS[index % len(KINDS)]
    series = index // len(KINDS) + 1
    return {
        "id": f"{kind.key}-s{series:02d}",
        "name": {"vi": f"{kind.vi} (chuỗi {_letters(series)})", "en": f"{kind.en} (series {series})"},
        "unit": kind.unit,
        "theme": kind.theme,
        "definition": {
            "vi": f"{kind.vi} của Hà Nội, chuỗi tổng hợp {_letters(series)}",
            "en": f"{kind.en} of Hanoi, synthetic series {series}",
        },
        "headline": series == 1,
        "one_definition": True,  # every synthetic article uses the series' one definition
    }


def _letters(number: int) -> str:
    """Name a series without digits (digits in a name would never reach an article)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _article(
    rng: random.Random, number: int, first: int, count: int, indicators: list[dict[str, Any]]
) -> tuple[dict[str, Any], str, list[dict[str, Any]], list[dict[str, Any]]]:
    source_id = f"synth-{number:05d}"
    file = f"synth_{number:05d}.txt"
    published = date(2010 + number % 15, 1 + number % 12, 1 + number % 28)
    headline = f"Bản tin hội nhập quốc tế của Hà Nội, kỳ {_letters(number + 1)}"
    lines = [headline, "", f"Hà Nội, ngày {published:%d/%m/%Y}. Thành phố tiếp tục mở rộng hợp tác quốc tế."]
    records = []
    figures: list[tuple[int, int]] = []
    body = "\n".join(lines) + "\n"
    for offset in range(count):
        index = first + offset
        indicator = indicators[(index * 7) % len(indicators)]
        kind = KINDS[((index * 7) % len(indicators)) % len(KINDS)]
        place = PLACES[offset % len(PLACES)]
        qualifiers, verb = HEDGES[rng.randrange(len(HEDGES))]
        style = rng.randrange(2)
        value = _value(rng, kind.unit, style)
        period, period_words = _period(rng, published)
        figure = vietnamese_figure(value, kind.unit, style)
        series = indicator["name"]["vi"].rsplit(" ", 1)[1].rstrip(")")
        quote = f"{kind.subject} {place} theo chuỗi {series} {verb} {figure}"
        sentence = f"{period_words}, {quote}, góp phần vào kết quả chung của Thủ đô.\n"
        at = len(body) + len(period_words) + 2 + len(quote) - len(figure)
        figures.append((at, at + len(figure)))
        body += sentence
        records.append(
            {
                "id": f"obs-{index:06d}",
                "indicator": indicator["id"],
                "period": period,
                "value": value,
                "qualifier": qualifiers[0] if len(qualifiers) == 1 else list(qualifiers),
                "source": source_id,
                "quote": quote,
            }
        )
    body += "Các sở, ngành sẽ tiếp tục theo dõi và cập nhật số liệu trong thời gian tới.\n"
    source = {
        "id": source_id,
        "file": file,
        "headline": headline,
        "title": {"vi": headline, "en": f"Hanoi international integration bulletin {number + 1}"},
        "published": published.isoformat(),
        "published_basis": "stated",
    }
    return source, body, records, _dismissals(source_id, body, figures)


def _dismissals(source_id: str, text: str, figures: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Dismiss every mention that no figure claims (dates and years), once per distinct text."""
    claimed = 0
    reasons: dict[str, str] = {}
    for mention in find_mentions(text):
        if any(start < mention.end and mention.start < end for start, end in figures):
            claimed += 1
            continue
        reasons.setdefault(
            mention.text,
            "the article's date" if "/" in mention.text else "a year naming the period, not a figure",
        )
    if claimed != len(figures):
        raise RuntimeError(f"{source_id}: the scanner found {claimed} of {len(figures)} figures")
    return [{"source": source_id, "text": text, "reason": reason} for text, reason in reasons.items()]


def _validate(data: dict[str, Any]) -> None:
    for section, model in (
        ("sources", Source),
        ("indicators", Indicator),
        ("observations", Observation),
        ("dismissed", Dismissal),
    ):
        for record in data[section]:
            model.model_validate(record)


def write(observations: int, out: Path, seed: int = SEED) -> Path:
    """Write the dataset and its articles under ``out``; return the YAML file's path."""
    data, texts = generate(observations, seed)
    sources = out / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for old in sources.glob("synth_*.txt"):
        old.unlink()
    for name, text in texts.items():
        (sources / name).write_text(text, encoding="utf-8")
    path = out / "indicators.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with path.open("w", encoding="utf-8") as stream:
        stream.write(
            f"# Synthetic dataset: python -m bench.synth --observations {observations} --seed {seed}\n"
        )
        yaml.dump(data, stream, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)
    return path


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and write the dataset."""
    parser = argparse.ArgumentParser(prog="python -m bench.synth", description=__doc__.split("\n")[0])
    parser.add_argument("--observations", type=int, required=True, help="how many observations")
    parser.add_argument("--out", type=Path, required=True, help="folder for indicators.yaml and sources/")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    path = write(args.observations, args.out, args.seed)
    print(f"{path}: {args.observations} observations, {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
