"""factory_boy factories, one module per app; import from here."""

from tests.factories.cms import GlossaryTermFactory  # noqa: F401, E402
from tests.factories.deadlines import (  # noqa: F401, E402
    CodeBreachFactory,
    DeadlineFactory,
    HearingReminderFactory,
)
from tests.factories.documents import (  # noqa: F401, E402
    LetterheadFactory,
    LetterTemplateFactory,
    RequestedMeasureFactory,
    SpecialMeasuresRequestFactory,
)
from tests.factories.intelligence import IntelligenceReportFactory  # noqa: F401, E402
from tests.factories.journeys import (  # noqa: F401, E402
    ConsentFactory,
    ContactMethodFactory,
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
from tests.factories.partners import (  # noqa: F401, E402
    PartnerMemberFactory,
    PartnerOrganisationFactory,
    SharingAgreementFactory,
    SharingConsentFactory,
)
from tests.factories.reminders import SurvivorMessageFactory  # noqa: F401, E402
from tests.factories.security import (  # noqa: F401, E402
    StaticDeviceFactory,
    TOTPDeviceFactory,
    force_login_verified,
    totp_code,
)
from tests.factories.tasking import (  # noqa: F401, E402
    ActionFactory,
    RiskAssessmentFactory,
    TaskingMeetingFactory,
)
