"""Small tables written into the tests, so something runs without the shared folder.

A plain module (not conftest) so test files can import it by a unique name.

Counts are the public aggregate tables of the reference data (see ../shared/refdata/mse/README.md);
the Rcapture figures quoted in tests were computed with Rcapture 1.4-4 (reference/ there).
"""

from __future__ import annotations

import itertools

import numpy as np

from recuento.estimate import Histories


def table(k: int, counts: list[int]) -> Histories:
    """Histories from the 2^K − 1 counts in lexicographic order (list1 most significant)."""
    cells = [c for c in itertools.product((0, 1), repeat=k) if any(c)]
    return Histories(np.array(cells), np.array(counts))


# gaza_3: list1..list3, 29,271 deaths (Jamaluddine et al. 2025 replication data)
GAZA = [1469, 5104, 351, 19048, 1173, 1929, 197]
# kosovo_4: EXH, ABA, OSCE, HRW (LCMCR::kosovo_aggregate)
KOSOVO = [306, 936, 123, 845, 31, 217, 32, 1131, 106, 228, 42, 177, 18, 181, 27]
# hepatitis_a_taiwan_3 (CARE1::HAV)
HEPATITIS = [63, 55, 18, 69, 17, 21, 28]
# artificial_3 (SparseMSE::Artificial_3): list 3 overlaps neither list 1 nor list 2
ARTIFICIAL = [20, 30, 0, 40, 0, 6, 0]
