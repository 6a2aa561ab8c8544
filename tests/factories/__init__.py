"""factory_boy factories, one module per app; import from here."""

from .deadlines import DeadlineFactory  # noqa: E402, F401
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
