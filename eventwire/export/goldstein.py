"""CAMEO code → Goldstein scale (-10 most conflictual … +10 most cooperative).

The values are the Goldstein (1992) weights as assigned to CAMEO codes in the CAMEO
codebook and used by GDELT's ``GoldsteinScale`` column, written down by eventwire at
the three-digit level. A four-digit code takes its own value where CAMEO gives it a
different one (``FOUR_DIGIT``), else its three-digit parent's; a code not listed falls
back to its two-digit root (``ROOT``). The table is printed in docs/codebook.md.
"""

from __future__ import annotations

#: Two-digit CAMEO roots (the "0x0" base codes carry the same value).
ROOT: dict[str, float] = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0,
    "08": 5.0, "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0, "13": -4.4, "14": -6.5,
    "15": -7.2, "16": -4.0, "17": -7.0, "18": -9.0, "19": -10.0, "20": -10.0,
}

#: Three-digit codes whose value differs from their root.
THREE_DIGIT: dict[str, float] = {
    "011": -0.1, "012": -0.4, "013": 0.4, "016": 3.4,
    "021": 3.4, "022": 3.2, "023": 3.4, "024": -0.3, "025": -0.3, "026": 4.0, "027": 4.0,
    "028": 4.0,
    "031": 5.2, "032": 4.5, "033": 5.2, "034": 7.0, "035": 7.0, "037": 5.0, "038": 7.0,
    "039": 5.0,
    "042": 1.9, "043": 2.8, "044": 2.5, "045": 5.0, "046": 7.0,
    "051": 3.4, "053": 3.8, "054": 6.0, "055": 7.0, "056": 7.0, "057": 8.0,
    "061": 6.4, "062": 7.4, "063": 7.4,
    "071": 7.4, "072": 8.3, "073": 7.4, "074": 8.5,
    "084": 7.0, "085": 7.0, "086": 9.0, "087": 9.0,
    "124": -5.0, "125": -5.0, "126": -5.0, "127": -5.0, "128": -5.0, "129": -5.0,
    "131": -5.8, "132": -5.8, "133": -5.8, "134": -5.8, "135": -5.8, "136": -7.0, "137": -7.0,
    "138": -7.0, "139": -7.0,
    "144": -7.5, "145": -7.5,
    "162": -5.6, "163": -8.0, "164": -7.0, "165": -7.0, "166": -7.0,
    "171": -9.2, "172": -5.0, "173": -5.0, "174": -5.0, "175": -9.0,
    "182": -9.5, "183": -10.0, "184": -8.0, "185": -8.0, "186": -10.0,
    "191": -9.5, "192": -9.5, "196": -9.5,
    "201": -9.5,
}

#: Four-digit codes whose value differs from their three-digit parent.
FOUR_DIGIT: dict[str, float] = {"0874": 10.0, "1821": -9.0, "1822": -9.0, "1823": -10.0}


def goldstein(code: str | None) -> float | None:
    """The Goldstein value of a CAMEO code string, or None for no or a malformed code."""
    if not code or not code.isdigit() or len(code) < 2 or code[:2] not in ROOT:
        return None
    if code in FOUR_DIGIT:
        return FOUR_DIGIT[code]
    return THREE_DIGIT.get(code[:3], ROOT[code[:2]])
