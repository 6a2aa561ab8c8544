"""factory_boy factories, one module per app; import from here."""

from .cms import GlossaryTermFactory  # noqa: F401, E402
from .journeys import (  # noqa: F401
    ConsentFactory,
    CourtFactory,
    HearingFactory,
    JourneyFactory,
    ManagerFactory,
    MembershipFactory,
    OrganisationFactory,
    StageEventFactory,
    SurvivorFactory,
    UserFactory,
)
