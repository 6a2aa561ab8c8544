"""Letters: letterheads, wording, special-measures requests and generated files."""

from __future__ import annotations

import uuid

from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.access import JourneyScopedQuerySet, ScopedQuerySet, policy
from core.bounds import not_before, optional_date, validate_date_in_range
from core.fields import EncryptedTextField
from core.records import EditedRecord, optional_link, staff_member
from rules import all_packs

from . import errors
from .kinds import KINDS, REGISTRY
from .placeholders import validate_wording

# The database's letter-type choices, derived from the one registry of letter kinds.
LetterType = models.TextChoices(
    "LetterType", [(kind.key.upper(), (kind.key, kind.label)) for kind in KINDS]
)


def letters_storage():
    """Generated letters live in their own private storage, never public media."""
    return storages["letters"]


def letter_upload_to(instance, filename: str) -> str:
    # Random names: a file path must never reveal whose letter it is.
    return f"letters/{uuid.uuid4().hex}.docx"


def validate_measure(value: str) -> None:
    if value not in {m.key for p in all_packs() for m in p.special_measures}:
        raise ValidationError(
            errors.UNKNOWN_MEASURE, code="unknown_measure", params={"value": value}
        )


def validate_s16_ground(value: str) -> None:
    if value and value not in {g.key for p in all_packs() for g in p.s16_grounds}:
        raise ValidationError(
            errors.UNKNOWN_S16_GROUND,
            code="unknown_s16_ground",
            params={"value": value},
        )


def validate_route(value: str) -> None:
    if value and value not in {
        r.key for p in all_packs() for r in p.eligibility_routes
    }:
        raise ValidationError(
            errors.UNKNOWN_ROUTE, code="unknown_route", params={"value": value}
        )


WORDING_FIELDS = ("recipient", "salutation", "subject", "opening", "closing")
DECISIONS = ("awaiting", "granted", "refused", "not_applied_for")


class ServiceWideQuerySet(ScopedQuerySet):
    """Service settings: every member of the service sees them, whatever caseload."""

    def for_user(self, user):
        return policy.scope_service_wide(
            self, user, organisation_path=self.organisation_path
        )


class RequestedMeasureQuerySet(ScopedQuerySet):
    organisation_path = "request__journey__organisation"
    advocate_path = "request__journey__lead_advocate"

    def figures(self):
        """Requested vs granted, refused and not applied for, per measure."""
        decided = {d: Count("pk", filter=Q(decision=d)) for d in DECISIONS}
        return (
            self.order_by()
            .values("measure")
            .annotate(requested=Count("pk"), **decided)
            .order_by("measure")
        )


class Letterhead(models.Model):
    """What a service prints at the top and foot of its letters."""

    organisation = models.OneToOneField(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="letterhead",
    )
    address = models.TextField(
        _("address"), blank=True, help_text=_("One line per line of the address.")
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.CharField(_("website"), max_length=200, blank=True)
    charity_number = models.CharField(_("charity number"), max_length=40, blank=True)
    logo = optional_link(
        "wagtailimages.Image",
        _("logo"),
        help_text=_("Printed at the top left, about 4 cm wide."),
    )
    footer_note = models.CharField(
        _("footer note"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “Registered in England and Wales”."),
    )
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = ServiceWideQuerySet.as_manager()

    class Meta:
        verbose_name = _("letterhead")
        verbose_name_plural = _("letterheads")

    def __str__(self) -> str:
        return str(_("Letterhead of %(org)s") % {"org": self.organisation})


class LetterTemplate(models.Model):
    """A service's own wording for one letter type, replacing the shipped default."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="letter_templates",
    )
    letter_type = models.CharField(
        _("letter"), max_length=40, choices=LetterType.choices
    )
    recipient = models.TextField(
        _("addressed to"),
        help_text=_("Who the letter goes to, one line per line. Placeholders allowed."),
    )
    salutation = models.CharField(
        _("greeting"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “Dear Sir or Madam”. Leave blank for none."),
    )
    subject = models.CharField(_("subject line"), max_length=300)
    opening = models.TextField(
        _("opening"), help_text=_("Paragraphs before the facts; blank line between.")
    )
    closing = models.TextField(
        _("closing"), help_text=_("Paragraphs after the facts; blank line between.")
    )
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = ServiceWideQuerySet.as_manager()

    class Meta:
        verbose_name = _("letter wording")
        verbose_name_plural = _("letter wording")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "letter_type"],
                name="letter_template_one_per_type",
            ),
            models.CheckConstraint(
                condition=Q(letter_type__in=LetterType.values),
                name="letter_template_type_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_letter_type_display()} ({self.organisation})"

    @classmethod
    def from_default(cls, organisation, letter_type: str) -> LetterTemplate:
        """An unsaved copy of the rules pack's wording, for a service to adapt."""
        default = organisation.pack.letter_wording(letter_type)
        return cls(
            organisation=organisation,
            letter_type=letter_type,
            **{name: str(getattr(default, name)) for name in WORDING_FIELDS},
        )

    def clean(self) -> None:
        kind = REGISTRY.get(self.letter_type)
        if kind is None:
            return
        problems = {}
        for name in WORDING_FIELDS:
            try:
                validate_wording(getattr(self, name), kind.allowed_names())
            except ValidationError as exc:
                problems[name] = exc
        if problems:
            raise ValidationError(problems)


class SpecialMeasuresRequest(EditedRecord):
    """What the survivor asked for in court, to whom it went, and what came back."""

    class SentTo(models.TextChoices):
        OIC = "oic", _("Officer in the case")
        PROSECUTOR = "prosecutor", _("Prosecutor")
        BOTH = "oic_and_prosecutor", _("Officer in the case and prosecutor")

    journey = models.ForeignKey(
        "journeys.Journey",
        on_delete=models.CASCADE,
        related_name="special_measures_requests",
    )
    eligibility_route = models.CharField(
        _("eligibility route"), max_length=20, validators=[validate_route]
    )
    # Set when the route is s.16, or when a s.17 witness is also eligible under
    # s.16 (which opens the intermediary and aids to communication, s.18(1)(a)).
    s16_ground = models.CharField(
        _("section 16 ground"),
        max_length=20,
        blank=True,
        validators=[validate_s16_ground],
    )
    # A request once sent is a record of what was asked; a later letter is a new
    # request, which may say that it varies an earlier one.
    varies = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="variations",
        verbose_name=_("varies the request of"),
    )
    sent_to = models.CharField(
        _("sent to"), max_length=20, choices=SentTo.choices, default=SentTo.BOTH
    )
    sent_on = models.DateField(
        _("sent on"), null=True, blank=True, validators=[validate_date_in_range]
    )
    # Practical, non-statutory requests that travel with the letter.
    separate_entrance = models.BooleanField(_("separate entrance"), default=False)
    separate_waiting_area = models.BooleanField(
        _("separate waiting area"), default=False
    )
    supporter_in_live_link_room = models.BooleanField(
        _("supporter in the live-link room"), default=False
    )
    supporter_name = EncryptedTextField(
        _("supporter's name"), max_length=120, blank=True
    )
    interpreter = models.BooleanField(_("interpreter"), default=False)
    interpreter_language = models.CharField(
        _("interpreter language"), max_length=60, blank=True
    )
    breaks = models.BooleanField(_("regular breaks"), default=False)
    other_practical = EncryptedTextField(_("other practical requests"), blank=True)
    wants_meeting = models.BooleanField(_("special measures meeting"), default=True)
    wants_pre_trial_visit = models.BooleanField(_("pre-trial visit"), default=True)
    # What came back.
    response_received_on = optional_date(_("response received on"))
    court_decided_on = optional_date(_("court decided on"))
    response_notes = EncryptedTextField(_("notes on the response"), blank=True)
    created_by = staff_member()
    history = HistoricalRecords()

    objects = JourneyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("special measures request")
        verbose_name_plural = _("special measures requests")
        constraints = [
            not_before(
                "response_received_on",
                "sent_on",
                "sm_request_response_after_sent",
                earlier_optional=True,
            ),
            models.CheckConstraint(
                condition=Q(sent_to__in=["oic", "prosecutor", "oic_and_prosecutor"]),
                name="sm_request_sent_to_known",
            ),
        ]

    def __str__(self) -> str:
        return str(_("Special measures request %(pk)s") % {"pk": self.pk})

    @property
    def route(self):
        return self.journey.pack.eligibility_route(self.eligibility_route)


class RequestedMeasure(models.Model):
    """One measure in a request, the survivor's reasons, and the court's decision."""

    class Decision(models.TextChoices):
        AWAITING = "awaiting", _("Awaiting decision")
        GRANTED = "granted", _("Granted")
        REFUSED = "refused", _("Refused")
        NOT_APPLIED_FOR = "not_applied_for", _("Not applied for")

    request = models.ForeignKey(
        SpecialMeasuresRequest, on_delete=models.CASCADE, related_name="measures"
    )
    measure = models.CharField(
        _("measure"), max_length=40, validators=[validate_measure]
    )
    reason = EncryptedTextField(
        _("reasons, in the survivor's own words"),
        help_text=_("Write down what they said; do not reword it."),
    )
    decision = models.CharField(
        _("decision"),
        max_length=20,
        choices=Decision.choices,
        default=Decision.AWAITING,
        db_index=True,
    )
    history = HistoricalRecords()

    objects = RequestedMeasureQuerySet.as_manager()

    class Meta:
        ordering = ["request", "pk"]
        verbose_name = _("requested measure")
        verbose_name_plural = _("requested measures")
        constraints = [
            models.UniqueConstraint(
                fields=["request", "measure"], name="requested_measure_once"
            ),
            models.CheckConstraint(
                condition=Q(
                    decision__in=["awaiting", "granted", "refused", "not_applied_for"]
                ),
                name="requested_measure_decision_known",
            ),
            models.CheckConstraint(
                condition=~Q(reason=""), name="requested_measure_has_reason"
            ),
        ]

    def __str__(self) -> str:
        return self.spec.label if self.measure else ""

    @property
    def spec(self):
        return self.request.journey.pack.special_measure(self.measure)


class GeneratedLetter(models.Model):
    """A letter as it was generated: kept, hashed and downloadable again."""

    journey = models.ForeignKey(
        "journeys.Journey", on_delete=models.PROTECT, related_name="letters"
    )
    letter_type = models.CharField(
        _("letter"), max_length=40, choices=LetterType.choices
    )
    special_measures_request = optional_link(
        SpecialMeasuresRequest, related_name="letters"
    )
    created_by = staff_member(_("generated by"), blank=False)
    created_at = models.DateTimeField(_("generated at"), auto_now_add=True)
    letter_date = models.DateField(
        _("date on the letter"), validators=[validate_date_in_range]
    )
    file = models.FileField(
        _("file"), storage=letters_storage, upload_to=letter_upload_to, max_length=200
    )
    content_hash = models.CharField(_("SHA-256"), max_length=64)
    size = models.PositiveIntegerField(_("size in bytes"))
    blanks = models.TextField(
        _("left blank"),
        blank=True,
        help_text=_("What was missing and left for completion by hand."),
    )
    history = HistoricalRecords()

    objects = JourneyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("generated letter")
        verbose_name_plural = _("generated letters")
        indexes = [models.Index(fields=["journey", "-created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(letter_type__in=LetterType.values),
                name="generated_letter_type_known",
            ),
            models.CheckConstraint(
                condition=Q(content_hash__regex=r"^[0-9a-f]{64}$"),
                name="generated_letter_hash_is_sha256",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_letter_type_display()} ({self.letter_date:%d %b %Y})"

    @property
    def download_name(self) -> str:
        """A discreet file name: the letter type and date, never a name."""
        return f"{self.letter_type.replace('_', '-')}-{self.letter_date:%Y-%m-%d}.docx"
