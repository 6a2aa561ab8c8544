"""factory_boy factories, one module per app; import from here."""

from .cms import GlossaryTermFactory  # noqa: F401, E402
from .deadlines import CodeBreachFactory, DeadlineFactory  # noqa: E402, F401
from .documents import (  # noqa: F401, E402
    LetterheadFactory,
    LetterTemplateFactory,
    RequestedMeasureFactory,
    SpecialMeasuresRequestFactory,
)
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
from .security import (  # noqa: F401,E402
    StaticDeviceFactory,
    TOTPDeviceFactory,
    force_login_verified,
    totp_code,
)
