"""Survivors, their journeys through criminal justice, hearings, courts and consent."""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.access import JourneyScopedQuerySet
from core.bounds import (
    DB_EARLIEST_INSTANT,
    DB_LATEST_INSTANT,
    MAX_HEARING_DURATION,
    date_in_range,
    not_before,
    optional_date,
    validate_date_in_range,
    validate_hearing_duration,
)
from core.fields import EncryptedTextField
from core.records import EditedRecord, optional_link, staff_member
from organisations.models import Organisation
from rules import RulesPack, all_packs, get_pack, pack_choices

from . import errors
from .querysets import (
    CLOSED_HEARING_STATUSES,
    LIVE_HEARING_STATUSES,
    ConsentQuerySet,
    ContactLogQuerySet,
    ContactMethodQuerySet,
    CourtQuerySet,
    HearingQuerySet,
    JourneyQuerySet,
    StageEventQuerySet,
    SurvivorQuerySet,
)


def pack_key_validator(kind: str):
    """Build a validator that accepts only keys some rules pack defines.

    A field validator cannot see the record's journey; services and forms check a
    key against the journey's own pack, this refuses keys no pack knows.
    """

    def validate(value: str) -> None:
        keys = set()
        for pack in all_packs():
            keys.update(
                {
                    "stage": [s.key for s in pack.stages],
                    "event_type": [e.key for e in pack.event_types],
                    "hearing_type": [h.key for h in pack.hearing_types],
                    "offence_category": [o.key for o in pack.offence_categories],
                    "police_force": [p.key for p in pack.police_forces],
                    "consent_scope": [c.key for c in pack.consent_scopes],
                }[kind]
            )
        if value and value not in keys:
            raise ValidationError(
                _("“%(value)s” is not a known %(kind)s."),
                code="unknown_key",
                params={"value": value, "kind": kind.replace("_", " ")},
            )

    validate.__name__ = f"validate_{kind}"
    validate.__qualname__ = validate.__name__
    validate.__module__ = __name__
    return validate


validate_stage = pack_key_validator("stage")
validate_event_type = pack_key_validator("event_type")
validate_hearing_type = pack_key_validator("hearing_type")
validate_offence_category = pack_key_validator("offence_category")
validate_police_force = pack_key_validator("police_force")
validate_consent_scope = pack_key_validator("consent_scope")


class Court(models.Model):
    """A criminal court from a rules pack's court directory (``courts_csv``)."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=200)
    # The jurisdiction whose directory lists the court; only its journeys use it.
    rules_pack = models.CharField(
        _("jurisdiction"), max_length=40, choices=pack_choices
    )
    # The pack's court tier keys this court sits as, sorted and comma-joined.
    tiers = models.CharField(_("sits as"), max_length=200)
    address_lines = models.TextField(_("address"), blank=True)
    town = models.CharField(_("town"), max_length=100, blank=True)
    postcode = models.CharField(_("postcode"), max_length=12, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    objects = CourtQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("court")
        verbose_name_plural = _("courts")
        constraints = [
            models.CheckConstraint(
                condition=~Q(tiers=""), name="court_sits_as_some_tier"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def tier_keys(self) -> frozenset[str]:
        """The pack's court tiers this court sits as."""
        return frozenset(filter(None, self.tiers.split(",")))

    @property
    def tier_labels(self) -> str:
        """The tiers in the words of the court's pack, for lists and letters."""
        pack = get_pack(self.rules_pack)
        return ", ".join(str(pack.court_tier(k).label) for k in sorted(self.tier_keys))

    @property
    def full_address(self) -> str:
        """One-line address for letters and calendar locations."""
        parts = [p.strip() for p in self.address_lines.split("|") if p.strip()]
        parts += [p for p in (self.town, self.postcode) if p]
        return ", ".join(parts)


class Survivor(EditedRecord):
    """A person supported by a service; pseudonymous by default."""

    #: What staff may edit on a profile, in the order the form shows it.
    PROFILE_FIELDS = (
        "chosen_name",
        "legal_name",
        "use_legal_name_in_letters",
        "pronouns",
        "preferred_language",
        "needs_interpreter",
        "interpreter_language",
        "communication_needs",
        "safe_to_call",
        "safe_to_text",
        "safe_to_leave_voicemail",
        "safe_to_email",
        "safe_to_post",
        "safe_contact_times",
        "texts_must_not_mention_court",
        "safe_contact_notes",
        "calendar_discreet",
        "calendar_include_location",
        "calendar_reminders",
        "calendar_updates_by_email",
    )

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="survivors"
    )
    chosen_name = models.CharField(
        _("chosen name"),
        max_length=120,
        help_text=_("The name or working name the survivor chose to be called."),
    )
    legal_name = EncryptedTextField(
        _("legal name"),
        max_length=200,
        blank=True,
        help_text=_("Optional. Only if the survivor wants it recorded."),
    )
    use_legal_name_in_letters = models.BooleanField(
        _("use legal name in letters"),
        default=False,
        help_text=_("Otherwise letters use the chosen name."),
    )
    pronouns = models.CharField(_("pronouns"), max_length=40, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=60, blank=True, default="English"
    )
    needs_interpreter = models.BooleanField(_("needs an interpreter"), default=False)
    interpreter_language = models.CharField(
        _("interpreter language"), max_length=60, blank=True
    )
    communication_needs = EncryptedTextField(_("communication needs"), blank=True)
    # Safe-contact preferences.
    safe_to_call = models.BooleanField(_("safe to phone"), default=False)
    safe_to_text = models.BooleanField(_("safe to text"), default=False)
    safe_to_leave_voicemail = models.BooleanField(
        _("safe to leave voicemail"), default=False
    )
    safe_to_email = models.BooleanField(_("safe to email"), default=False)
    safe_to_post = models.BooleanField(_("safe to send post"), default=False)
    safe_contact_times = EncryptedTextField(
        _("safe times to contact"), max_length=200, blank=True
    )
    texts_must_not_mention_court = models.BooleanField(
        _("texts must not mention court or the case"),
        default=False,
        help_text=_("Someone else may read their messages."),
    )
    safe_contact_notes = EncryptedTextField(
        _("safe contact and support notes"),
        max_length=500,
        blank=True,
        help_text=_(
            "For example “ISVA to be the supporter behind the screen” or “use the "
            "work name only”."
        ),
    )
    calendar_discreet = models.BooleanField(
        _("discreet calendar entries"),
        default=True,
        help_text=_("Calendar entries say only “Appointment”, with no court or crime."),
    )
    calendar_include_location = models.BooleanField(
        _("include location in calendar entries"), default=False
    )
    calendar_reminders = models.BooleanField(
        _("reminders in calendar entries"), default=False
    )
    calendar_updates_by_email = models.BooleanField(
        _("email calendar updates"),
        default=False,
        help_text=_(
            "Send an updated appointment to the survivor's current email address "
            "whenever a hearing changes. Only if it is safe to email them."
        ),
    )
    lead_advocate = staff_member(_("lead advocate"))
    # Set when the survivor's data was erased; the row stays for statistics.
    erased_at = models.DateTimeField(_("erased at"), null=True, editable=False)
    history = HistoricalRecords()

    objects = SurvivorQuerySet.as_manager()

    class Meta:
        ordering = ["chosen_name", "pk"]
        verbose_name = _("survivor")
        verbose_name_plural = _("survivors")
        constraints = [
            models.CheckConstraint(
                condition=~Q(chosen_name=""), name="survivor_has_chosen_name"
            )
        ]

    def __str__(self) -> str:
        return self.chosen_name

    @property
    def name_for_letters(self) -> str:
        """The name the survivor asked us to put on letters."""
        if self.use_legal_name_in_letters and self.legal_name:
            return self.legal_name
        return self.chosen_name


class ContactMethod(models.Model):
    """One way to reach a survivor; numbers change, so keep a list with flags."""

    class Kind(models.TextChoices):
        MOBILE = "mobile", _("Mobile phone")
        LANDLINE = "landline", _("Landline")
        EMAIL = "email", _("Email")
        ADDRESS = "address", _("Postal address")
        MESSAGING = "messaging", _("Messaging app")
        VIA_THIRD_PARTY = "third_party", _("Through a trusted person or service")

    survivor = models.ForeignKey(
        Survivor, on_delete=models.CASCADE, related_name="contact_methods"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    value = EncryptedTextField(_("details"), max_length=300)
    label = models.CharField(
        _("label"), max_length=100, blank=True, help_text=_("e.g. “work phone”")
    )
    is_current = models.BooleanField(_("current"), default=True)
    is_preferred = models.BooleanField(_("preferred"), default=False)
    notes = EncryptedTextField(_("notes"), max_length=300, blank=True)
    # Why it was last corrected, ended, voided or removed: encrypted, so the reason
    # never sits in plain text in the history table's change reason.
    change_note = EncryptedTextField(_("reason for the change"), blank=True)
    added_on = models.DateField(
        _("added on"), default=timezone.localdate, validators=[validate_date_in_range]
    )
    ended_on = optional_date(_("stopped using on"))
    # Numbers change often: when did someone last reach the survivor this way?
    last_confirmed_on = optional_date(_("last confirmed working"))
    history = HistoricalRecords()

    objects = ContactMethodQuerySet.as_manager()

    class Meta:
        ordering = ["-is_current", "-is_preferred", "-added_on", "pk"]
        verbose_name = _("contact method")
        verbose_name_plural = _("contact methods")
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=F("added_on")),
                name="contact_method_ends_after_added",
            ),
            models.CheckConstraint(
                condition=Q(is_current=True) | Q(is_preferred=False),
                name="contact_method_preferred_is_current",
            ),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(is_preferred=False),
                name="contact_method_ended_is_not_preferred",
            ),
            models.UniqueConstraint(
                fields=["survivor"],
                condition=Q(is_preferred=True),
                name="contact_method_one_preferred",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.label or '…'}"


class Journey(EditedRecord):
    """One reported crime's route through the justice system for one survivor."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        LOST_CONTACT = "lost_contact", _("Lost contact")
        CLOSED = "closed", _("Closed")

    class DatePrecision(models.TextChoices):
        DAY = "day", _("Exact day")
        MONTH = "month", _("Month only")
        YEAR = "year", _("Year only")
        APPROXIMATE = "approximate", _("Approximate")

    class HateCrime(models.TextChoices):
        UNKNOWN = "unknown", _("Not known")
        YES = "yes", _("Yes")
        NO = "no", _("No")

    class ReportingSanction(models.TextChoices):
        UNKNOWN = "unknown", _("Not known")
        NONE = "none", _("No")
        THREATENED = "threatened", _("Threatened with prosecution")
        CAUTIONED = "cautioned", _("Cautioned")
        ARRESTED = "arrested", _("Arrested")

    class SanctionReason(models.TextChoices):
        OWN_WORK = "own_work", _("Her own sex work")
        DRUGS = "drugs", _("Having drugs for her own use")
        BOTH = "both", _("Both")

    #: The sanctions that mean she was criminalised for coming forward.
    CRIMINALISING = ("threatened", "cautioned", "arrested")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="journeys"
    )
    # The pack the journey was opened under, copied from its organisation and
    # never changed: its stages, hearings and deadlines only make sense in it.
    rules_pack = models.CharField(
        _("jurisdiction"), max_length=40, choices=pack_choices, editable=False
    )
    survivor = models.ForeignKey(
        Survivor, on_delete=models.PROTECT, related_name="journeys"
    )
    offence_category = models.CharField(
        _("offence category"), max_length=40, validators=[validate_offence_category]
    )
    incident_date = models.DateField(
        _("incident date"), null=True, blank=True, validators=[validate_date_in_range]
    )
    incident_date_precision = models.CharField(
        _("incident date precision"),
        max_length=20,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    police_force = models.CharField(
        _("police force"),
        max_length=40,
        blank=True,
        validators=[validate_police_force],
    )
    hate_crime_recorded = models.CharField(
        _("recorded by the police as a hate crime"),
        max_length=10,
        choices=HateCrime.choices,
        default=HateCrime.UNKNOWN,
        help_text=_(
            "Whether the police recorded the crime as a hate crime: hostility "
            "based on sex work."
        ),
    )
    reporting_sanction = models.CharField(
        _("criminalised when reporting"),
        max_length=20,
        choices=ReportingSanction.choices,
        default=ReportingSanction.UNKNOWN,
        help_text=_(
            "Whether, when she reported, she was arrested, cautioned or threatened "
            "with prosecution for her own sex work or for having drugs for her own "
            "use. If more than one happened, choose the most serious."
        ),
    )
    reporting_sanction_reason = models.CharField(
        _("criminalised for"),
        max_length=20,
        choices=SanctionReason.choices,
        blank=True,
    )
    reporting_sanction_on = optional_date(_("date it happened"))
    crime_reference = models.CharField(_("crime reference"), max_length=60, blank=True)
    # The prosecutor's own case reference; its name is the pack's
    # (``terms.prosecution_reference``).
    prosecution_reference = models.CharField(
        _("prosecution reference"), max_length=30, blank=True
    )
    court_case_number = models.CharField(
        _("court case number"), max_length=40, blank=True
    )
    oic_name = models.CharField(_("officer in the case"), max_length=120, blank=True)
    oic_contact = EncryptedTextField(_("OIC contact"), max_length=200, blank=True)
    current_stage = models.CharField(
        _("current stage"),
        max_length=40,
        validators=[validate_stage],
        editable=False,
        db_index=True,
    )
    # Where a paused (withdrawn or closed) journey resumes from.
    resume_stage = models.CharField(max_length=40, blank=True, editable=False)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.ACTIVE,
        editable=False,
        db_index=True,
    )
    closure_reason = models.CharField(
        _("closure reason"), max_length=40, blank=True, editable=False
    )
    lead_advocate = staff_member(_("lead advocate"), related_name="led_journeys")
    # Ticked by staff for reasons the offence does not show; the label and help
    # are the pack's (``terms.enhanced_rights``).
    enhanced_rights = models.BooleanField(_("enhanced rights"), default=False)
    opened_on = models.DateField(
        _("opened on"), default=timezone.localdate, validators=[validate_date_in_range]
    )
    # Set when the retention task (or an erasure) removed everything identifying.
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, editable=False)
    history = HistoricalRecords()

    objects = JourneyQuerySet.as_manager()

    class Meta:
        ordering = ["-opened_on", "-pk"]
        verbose_name = _("journey")
        verbose_name_plural = _("journeys")
        permissions = [
            ("reassign_journey", _("Can reassign journeys to another advocate")),
            ("restore_history", _("Can restore an earlier version of a record")),
        ]
        indexes = [
            models.Index(fields=["organisation", "status", "current_stage"]),
            models.Index(fields=["organisation", "lead_advocate"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    status__in=["active", "withdrawn", "lost_contact", "closed"]
                ),
                name="journey_status_known",
            ),
            models.CheckConstraint(
                condition=~Q(status="closed") | ~Q(closure_reason=""),
                name="journey_closed_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(hate_crime_recorded__in=["unknown", "yes", "no"]),
                name="journey_hate_crime_known",
            ),
            # A reason and a date only go with a sanction, and a sanction needs
            # its reason: "arrested" alone would not say what for.
            models.CheckConstraint(
                condition=Q(
                    reporting_sanction__in=["threatened", "cautioned", "arrested"],
                    reporting_sanction_reason__in=["own_work", "drugs", "both"],
                )
                | Q(
                    reporting_sanction__in=["unknown", "none"],
                    reporting_sanction_reason="",
                    reporting_sanction_on__isnull=True,
                ),
                name="journey_reporting_sanction_consistent",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.survivor.chosen_name} – {self.offence_label}"

    def save(self, *args, **kwargs) -> None:
        """Take the organisation's pack on creation, and refuse to change it later."""
        if not self.rules_pack:
            self.rules_pack = self.organisation.rules_pack
        stored = getattr(self, "_stored_pack", None)
        if stored and stored != self.rules_pack:
            raise ValidationError(errors.PACK_IS_FIXED, code="pack_is_fixed")
        super().save(*args, **kwargs)
        self._stored_pack = self.rules_pack

    @classmethod
    def from_db(cls, db, field_names, values):
        journey = super().from_db(db, field_names, values)
        journey._stored_pack = journey.__dict__.get("rules_pack")
        return journey

    @property
    def pack(self) -> RulesPack:
        """The rules pack the journey was opened under."""
        return get_pack(self.rules_pack)

    def clean(self) -> None:
        """Say in words what the sanction constraint refuses, field by field."""
        problems = {}
        if self.reporting_sanction in self.CRIMINALISING:
            if not self.reporting_sanction_reason:
                problems["reporting_sanction_reason"] = errors.SANCTION_NEEDS_REASON
            if (
                self.reporting_sanction_on
                and self.reporting_sanction_on > timezone.localdate()
            ):
                problems["reporting_sanction_on"] = errors.SANCTION_IN_FUTURE
        else:
            if self.reporting_sanction_reason:
                problems["reporting_sanction_reason"] = errors.REASON_WITHOUT_SANCTION
            if self.reporting_sanction_on:
                problems["reporting_sanction_on"] = errors.DATE_WITHOUT_SANCTION
        if problems:
            raise ValidationError(problems)

    @property
    def criminalised_on_reporting(self) -> bool:
        return self.reporting_sanction in self.CRIMINALISING

    @property
    def reference(self) -> str:
        """A reference safe to show anywhere: no name, no offence, no crime number."""
        return f"W-{self.pk}"

    @property
    def offence_label(self) -> str:
        return str(self.pack.offence_category(self.offence_category).label)

    @property
    def stage(self):
        return self.pack.stage(self.current_stage)

    @property
    def is_sexual_offence(self) -> bool:
        return self.pack.offence_category(self.offence_category).sexual_offence

    @property
    def has_enhanced_rights(self) -> bool:
        """Enhanced rights under the pack's code: from the offence, or ticked."""
        category = self.pack.offence_category(self.offence_category)
        return self.enhanced_rights or category.enhanced_rights


class Defendant(models.Model):
    """A suspect or defendant; the name may never be known."""

    journey = models.ForeignKey(
        Journey, on_delete=models.CASCADE, related_name="defendants"
    )
    name = EncryptedTextField(
        _("name"), max_length=200, blank=True, help_text=_("Leave blank if unknown.")
    )
    description = EncryptedTextField(_("description"), max_length=300, blank=True)
    date_of_birth = models.DateField(
        _("date of birth"), null=True, blank=True, help_text=_("If known.")
    )
    charges = EncryptedTextField(
        _("charges"),
        max_length=1000,
        blank=True,
        help_text=_("The offences charged, one per line."),
    )
    bail_conditions = EncryptedTextField(
        _("bail conditions relevant to the survivor's safety"),
        max_length=1000,
        blank=True,
        help_text=_("e.g. not to contact the survivor; not to enter a named area."),
    )
    history = HistoricalRecords()

    objects = JourneyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("defendant")
        verbose_name_plural = _("defendants")

    def __str__(self) -> str:
        return self.name or str(_("Name not known"))


class StageEvent(models.Model):
    """A dated step on a journey's timeline; the current stage is derived from these."""

    journey = models.ForeignKey(
        Journey, on_delete=models.CASCADE, related_name="events"
    )
    event_type = models.CharField(
        _("event"), max_length=40, validators=[validate_event_type]
    )
    outcome = models.CharField(_("outcome"), max_length=40, blank=True)
    occurred_on = models.DateField(_("date"), validators=[validate_date_in_range])
    # When the survivor was told (for the Victims' Code clock).
    survivor_informed_on = optional_date(_("date survivor was told"))
    hearing = optional_link("Hearing", related_name="events")
    details = EncryptedTextField(_("details"), blank=True)
    # Why it was last corrected, ended, voided or removed: encrypted, so the reason
    # never sits in plain text in the history table's change reason.
    change_note = EncryptedTextField(_("reason for the change"), blank=True)
    recorded_by = staff_member()
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    history = HistoricalRecords()

    objects = StageEventQuerySet.as_manager()

    class Meta:
        ordering = ["occurred_on", "created_at", "pk"]
        verbose_name = _("stage event")
        verbose_name_plural = _("stage events")
        indexes = [
            models.Index(fields=["journey", "occurred_on"]),
            # Reports count events of a kind in a period.
            models.Index(
                fields=["event_type", "occurred_on"], name="stage_event_type_date"
            ),
        ]
        constraints = [
            not_before(
                "survivor_informed_on",
                "occurred_on",
                "stage_event_told_after_it_happened",
            ),
            date_in_range("occurred_on", "stage_event_date_in_range"),
        ]

    def __str__(self) -> str:
        return f"{self.label} ({self.occurred_on:%d %b %Y})"

    @property
    def label(self) -> str:
        return str(self.journey.pack.event_type(self.event_type).label)

    @property
    def outcome_label(self) -> str:
        if not self.outcome:
            return ""
        outcome = self.journey.pack.event_type(self.event_type).outcome(self.outcome)
        return str(outcome.label) if outcome else self.outcome


class Hearing(EditedRecord):
    """A court listing; moving it keeps its identity, history and calendar UID."""

    class Status(models.TextChoices):
        LISTED = "listed", _("Listed")
        CONFIRMED = "confirmed", _("Confirmed")
        MOVED = "moved", _("Moved")
        VACATED = "vacated", _("Vacated")
        ADJOURNED = "adjourned", _("Adjourned")
        HEARD = "heard", _("Heard")

    LIVE_STATUSES = LIVE_HEARING_STATUSES
    CLOSED_STATUSES = CLOSED_HEARING_STATUSES

    journey = models.ForeignKey(
        Journey, on_delete=models.CASCADE, related_name="hearings"
    )
    court = models.ForeignKey(
        Court,
        on_delete=models.PROTECT,
        related_name="hearings",
        verbose_name=_("court"),
    )
    hearing_type = models.CharField(
        _("hearing type"), max_length=40, validators=[validate_hearing_type]
    )
    starts_at = models.DateTimeField(
        _("starts at"), null=True, blank=True, validators=[validate_date_in_range]
    )
    # A warned-list or floating trial is listed for a window of dates instead.
    window_start = models.DateField(
        _("window starts"), null=True, blank=True, validators=[validate_date_in_range]
    )
    window_end = models.DateField(
        _("window ends"), null=True, blank=True, validators=[validate_date_in_range]
    )
    expected_duration = models.DurationField(
        _("expected duration"),
        null=True,
        blank=True,
        validators=[validate_hearing_duration],
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.LISTED
    )
    outcome = EncryptedTextField(_("outcome"), blank=True)
    survivor_gives_evidence = models.BooleanField(
        _("survivor gives evidence"), default=False
    )
    advocate_attends = models.BooleanField(_("advocate attends"), default=False)
    # The Victims' Code clock for this listing (Right 8); a move starts a new
    # listing, so both are asked again then and history keeps the old values.
    # The day the body that tells witnesses learned of the listing (its name is
    # the pack's, ``terms.listing_learned_on``).
    listing_learned_on = optional_date(_("date the listing was learned of"))
    survivor_told_on = optional_date(_("date the survivor was told of this listing"))
    times_moved = models.PositiveIntegerField(
        _("times moved"), default=0, editable=False
    )
    last_move_reason = EncryptedTextField(
        _("reason for last move"), max_length=300, blank=True, editable=False
    )
    # Why it was vacated or adjourned: encrypted here, so history's change reason
    # can stay a neutral word ("vacated") instead of carrying the text.
    status_reason = EncryptedTextField(
        _("reason for the status"), max_length=2000, blank=True, editable=False
    )
    history = HistoricalRecords()

    objects = HearingQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "window_start", "pk"]
        verbose_name = _("hearing")
        verbose_name_plural = _("hearings")
        indexes = [
            models.Index(fields=["starts_at"]),
            models.Index(fields=["journey", "starts_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(
                        starts_at__isnull=False,
                        window_start__isnull=True,
                        window_end__isnull=True,
                    )
                    | Q(
                        starts_at__isnull=True,
                        window_start__isnull=False,
                        window_end__isnull=False,
                    )
                ),
                name="hearing_has_time_or_window",
            ),
            not_before("window_end", "window_start", "hearing_window_ends_after_start"),
            models.CheckConstraint(
                condition=Q(expected_duration__isnull=True)
                | Q(expected_duration__gt=timedelta(0)),
                name="hearing_duration_positive",
            ),
            # Typing slips like 0001-01-01 or 9999-12-31 break every calendar.
            models.CheckConstraint(
                condition=Q(expected_duration__isnull=True)
                | Q(expected_duration__lte=MAX_HEARING_DURATION),
                name="hearing_duration_bounded",
            ),
            date_in_range(
                "starts_at",
                "hearing_starts_in_range",
                optional=True,
                earliest=DB_EARLIEST_INSTANT,
                latest=DB_LATEST_INSTANT,
            ),
            date_in_range(
                "window_start", "hearing_window_start_in_range", optional=True
            ),
            date_in_range("window_end", "hearing_window_end_in_range", optional=True),
            models.CheckConstraint(
                condition=Q(
                    status__in=[
                        "listed",
                        "confirmed",
                        "moved",
                        "vacated",
                        "adjourned",
                        "heard",
                    ]
                ),
                name="hearing_status_known",
            ),
            not_before(
                "survivor_told_on",
                "listing_learned_on",
                "hearing_told_after_listing_learned",
                earlier_optional=True,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.type_label} – {self.court}"

    @property
    def is_live(self) -> bool:
        """Still expected to go ahead as listed (see ``HearingQuerySet.live``)."""
        return self.status in self.LIVE_STATUSES

    @property
    def can_change(self) -> bool:
        """Not yet vacated or heard, so it can still be moved, vacated or heard."""
        return self.status not in self.CLOSED_STATUSES

    @property
    def type_label(self) -> str:
        return str(self.journey.pack.hearing_type(self.hearing_type).label)

    @property
    def is_window(self) -> bool:
        return self.starts_at is None

    @property
    def ends_at(self):
        if self.starts_at and self.expected_duration:
            return self.starts_at + self.expected_duration
        return None


class Consent(models.Model):
    """What a survivor agreed to, when, and how it was recorded; grows into a ledger."""

    class RecordedHow(models.TextChoices):
        VERBAL = "verbal", _("Verbally, noted by advocate")
        WRITTEN = "written", _("In writing")
        SIGNED_FORM = "signed_form", _("Signed form")
        EMAIL = "email", _("By email")
        TEXT = "text", _("By text message")

    survivor = models.ForeignKey(
        Survivor, on_delete=models.CASCADE, related_name="consents"
    )
    journey = models.ForeignKey(
        Journey,
        on_delete=models.CASCADE,
        related_name="consents",
        null=True,
        blank=True,
        help_text=_(
            "Leave blank if the consent covers all of the survivor's journeys."
        ),
    )
    scope = models.CharField(
        _("what was agreed"), max_length=40, validators=[validate_consent_scope]
    )
    given_on = models.DateField(_("given on"), validators=[validate_date_in_range])
    withdrawn_on = models.DateField(
        _("withdrawn on"), null=True, blank=True, validators=[validate_date_in_range]
    )
    recorded_how = models.CharField(
        _("how it was recorded"), max_length=20, choices=RecordedHow.choices
    )
    notes = EncryptedTextField(_("notes"), max_length=300, blank=True)
    recorded_by = staff_member()
    history = HistoricalRecords()

    objects = ConsentQuerySet.as_manager()

    class Meta:
        ordering = ["-given_on", "pk"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        constraints = [
            not_before("withdrawn_on", "given_on", "consent_withdrawn_after_given")
        ]

    def __str__(self) -> str:
        pack = self.journey.pack if self.journey else self.survivor.organisation.pack
        scopes = dict(pack.choices_of(pack.consent_scopes))
        return str(scopes.get(self.scope, self.scope))

    @property
    def in_force(self) -> bool:
        today = timezone.localdate()
        return self.given_on <= today and (
            self.withdrawn_on is None or self.withdrawn_on > today
        )


class ContactLog(models.Model):
    """One contact about a survivor: who, how, how long, and a private summary."""

    class Kind(models.TextChoices):
        PHONE = "phone", _("Phone call")
        TEXT = "text", _("Text or message")
        EMAIL = "email", _("Email")
        IN_PERSON = "in_person", _("In person")
        VIDEO = "video", _("Video call")
        COURT = "court", _("At court")
        LETTER = "letter", _("Letter")
        ATTEMPTED = "attempted", _("Tried to reach them, no answer")

    survivor = models.ForeignKey(
        "journeys.Survivor", on_delete=models.CASCADE, related_name="contact_logs"
    )
    journey = models.ForeignKey(
        "journeys.Journey",
        on_delete=models.CASCADE,
        related_name="contact_logs",
        null=True,
        blank=True,
        verbose_name=_("journey"),
    )
    occurred_on = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    with_survivor = models.BooleanField(
        _("with the survivor"),
        default=True,
        help_text=_("Untick for contact with someone else, such as the police."),
    )
    with_whom = EncryptedTextField(
        _("who with"), max_length=200, blank=True, help_text=_("For example “OIC”.")
    )
    minutes = models.PositiveSmallIntegerField(
        _("time spent (minutes)"), default=0, validators=[MaxValueValidator(1440)]
    )
    summary = EncryptedTextField(_("summary"))
    recorded_by = staff_member(_("recorded by"))
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = ContactLogQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_on", "-pk"]
        verbose_name = _("contact log entry")
        verbose_name_plural = _("contact log")
        indexes = [models.Index(fields=["survivor", "-occurred_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(minutes__lte=1440), name="contact_log_minutes_in_a_day"
            ),
            models.CheckConstraint(
                condition=Q(
                    kind__in=[
                        "phone",
                        "text",
                        "email",
                        "in_person",
                        "video",
                        "court",
                        "letter",
                        "attempted",
                    ]
                ),
                name="contact_log_kind_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.occurred_on:%d %b %Y})"
