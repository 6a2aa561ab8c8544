"""Rules packs: the law of a jurisdiction as data, looked up by key. No models.

``base`` defines what a pack holds (stages, the stage graph, hearing types, court
tiers, special measures, eligibility routes, time limits, letter wording and
texts, review schemes, the words of neutral fields, board milestones, time zone,
court directory, explainers and sample journeys) and replays a journey's events
through it; ``registry`` lists the packs; each jurisdiction is a package
(``england_wales``, ``scotland``) with its sourced rows; ``common`` holds the rows
every pack shares. An organisation chooses its pack and each journey keeps the one
it was opened under (``journey.pack``).
"""

from .base import (  # noqa: F401
    RESUME,
    STAY,
    JourneyState,
    RulesPack,
    TransitionNotAllowed,
    UnknownOutcome,
    apply_event,
    derive_state,
)
from .registry import (  # noqa: F401
    all_packs,
    default_pack_key,
    get_pack,
    pack_choices,
)
