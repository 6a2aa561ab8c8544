"""Blocks for the explainers, defined once and reused by every page type."""

from collections.abc import Callable

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from rules import RulesPack, all_packs, get_pack

# Editors get simple formatting only: headings come from the page's structure.
RICH_TEXT_FEATURES = ["bold", "link", "ul", "ol"]


def _by_pack(rows: Callable[[RulesPack], list[tuple]]) -> list[tuple]:
    """Choices grouped under each pack's name; the page's pack gives them meaning.

    A block does not know which page it is on while an editor writes it, so every
    pack's rows are offered, each under its pack; saving the page refuses a row
    its own pack does not have (``blocks_outside_pack``).
    """
    packs = all_packs()
    if len(packs) == 1:
        return rows(packs[0])
    return [(pack.name, rows(pack)) for pack in packs]


def _measure_choices() -> list[tuple]:
    return _by_pack(lambda pack: [(m.key, m.label) for m in pack.special_measures])


def _right_choices() -> list[tuple]:
    return _by_pack(
        lambda pack: [(r.number, f"{r.number}. {r.label}") for r in pack.code_rights]
    )


def pack_in(context) -> RulesPack:
    """The pack a block is shown in: the context's ``rules_pack``, else its page's.

    A block shown outside any page (the editor's block preview) speaks the
    deployment's pack.
    """
    context = context or {}
    pack = context.get("rules_pack") or getattr(context.get("page"), "pack", None)
    return pack if isinstance(pack, RulesPack) else get_pack()


def blocks_outside_pack(stream, pack: RulesPack) -> list[str]:
    """Rights and measures in a stream that ``pack`` does not have, by name."""
    rights = {str(r.number) for r in pack.code_rights}
    measures = {m.key for m in pack.special_measures}
    wrong = []
    for block in stream or []:
        value = block.value
        if block.block_type == "code_right" and str(value["right"]) not in rights:
            wrong.append(str(value["right"]))
        elif block.block_type == "special_measure" and value["measure"] not in measures:
            wrong.append(value["measure"])
    return wrong


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault(
            "help_text",
            _("Short sentences and everyday words. Aim for reading age 9."),
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "cms/blocks/paragraph.html"
        label = _("Paragraph")
        description = _("A few short sentences of plain text.")
        preview_value = (
            "<p>The police will write down what happened. "
            "You can take a break at any time.</p>"
        )


class HeadingBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 80)
        kwargs.setdefault(
            "help_text", _("A short heading that says what the next part is about.")
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "title"
        template = "cms/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading. Not needed inside stage sections.")
        preview_value = "If the date changes"


class StepsBlock(blocks.StructBlock):
    """Things that happen in order, shown as a numbered list."""

    intro = blocks.CharBlock(
        label=_("Lead-in"),
        required=False,
        help_text=_("Optional, e.g. 'This is what usually happens:'"),
    )
    steps = blocks.ListBlock(
        blocks.CharBlock(label=_("Step")),
        help_text=_("One short sentence per step, in the order they happen."),
    )

    class Meta:
        icon = "list-ol"
        template = "cms/blocks/steps.html"
        label = _("Steps in order")
        description = _("A numbered list of things that happen one after another.")
        preview_value = {
            "intro": "This is what usually happens:",
            "steps": [
                "You tell the police what happened.",
                "They give you a crime number.",
                "An officer gets in touch.",
            ],
        }


class CalloutBlock(blocks.StructBlock):
    """A calm box for something worth knowing or a reassurance."""

    KINDS = [
        ("good_to_know", _("Good to know")),
        ("you_can_choose", _("You can choose")),
        ("important", _("Important")),
    ]

    kind = blocks.ChoiceBlock(
        choices=KINDS,
        default="good_to_know",
        help_text=_(
            "'Important' is for deadlines and safety only. Use it rarely so it "
            "keeps its weight."
        ),
    )
    text = ParagraphBlock()

    class Meta:
        icon = "help"
        template = "cms/blocks/callout.html"
        label = _("Callout")
        description = _("A highlighted box: good to know, a choice, or a deadline.")
        preview_value = {
            "kind": "you_can_choose",
            "text": "<p>You can stop and start again later. It is your choice.</p>",
        }


class PersonBlock(blocks.StructBlock):
    """Someone the survivor will meet, and what they do."""

    role = blocks.CharBlock(
        label=_("Who"), help_text=_("The name people will use, e.g. 'Your ISVA'.")
    )
    does = blocks.TextBlock(
        label=_("What they do"),
        help_text=_("One or two sentences from the survivor's side."),
    )

    class Meta:
        icon = "user"
        template = "cms/blocks/person.html"
        label = _("Person you will meet")
        description = _("A person or team and what they do for you.")
        preview_value = {
            "role": "The officer in the case (OIC)",
            "does": "The police officer in charge of your case.",
        }


class CodeRightBlock(blocks.StructBlock):
    """A Victims' Code right, numbered from the rules pack, in plain words."""

    right = blocks.ChoiceBlock(
        choices=_right_choices,
        help_text=_("The right in the Victims' Code this explains."),
    )
    plain = blocks.TextBlock(
        label=_("In plain words"),
        help_text=_("What this right means at this stage, in one or two sentences."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        rights = {r.number: r for r in pack_in(parent_context).code_rights}
        try:
            context["right"] = rights[int(value["right"])]
        except (KeyError, TypeError, ValueError):
            context["right"] = None
        return context

    class Meta:
        icon = "doc-full"
        template = "cms/blocks/code_right.html"
        label = _("Victims' Code right")
        description = _("One of the 12 rights, with what it means here.")
        preview_value = {
            "right": "6",
            "plain": "The police must tell you when someone is arrested.",
        }


class QuestionBlock(blocks.StructBlock):
    """A question people ask, with a short answer."""

    question = blocks.CharBlock(help_text=_("Write it the way a survivor would ask."))
    answer = ParagraphBlock()

    class Meta:
        icon = "help"
        template = "cms/blocks/question.html"
        label = _("Question and answer")
        description = _("A question people ask, with a short, honest answer.")
        preview_value = {
            "question": "Can I bring someone with me?",
            "answer": "<p>Yes. Your advocate can come with you.</p>",
        }


class SpecialMeasureBlock(blocks.StructBlock):
    """A special measure from the rules pack, with more words from the editor."""

    measure = blocks.ChoiceBlock(
        choices=_measure_choices,
        help_text=_("Its name and one-line summary come from the rules pack."),
    )
    more = ParagraphBlock(
        label=_("More about it"),
        required=False,
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        key = value.get("measure")
        pack = pack_in(parent_context)
        context["measure"] = (
            pack.special_measure(key)
            if key in {m.key for m in pack.special_measures}
            else None
        )
        return context

    class Meta:
        icon = "group"
        template = "cms/blocks/special_measure.html"
        label = _("Special measure")
        description = _("One special measure, explained in plain words.")
        preview_value = {
            "measure": "screens",
            "more": "<p>You can ask for this. The court decides.</p>",
        }


class ExplainerStreamBlock(blocks.StreamBlock):
    """The one set of blocks every explainer section is written with."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    steps = StepsBlock()
    callout = CalloutBlock()
    person = PersonBlock()
    code_right = CodeRightBlock()
    question = QuestionBlock()
    special_measure = SpecialMeasureBlock()

    class Meta:
        template = "cms/blocks/stream.html"


#: Where a block type's plain text lives, for reading-age checks.
TEXT_FIELDS = {
    "heading": (None,),
    "paragraph": (None,),
    "steps": ("intro", "steps"),
    "callout": ("text",),
    "person": ("role", "does"),
    "code_right": ("plain",),
    "question": ("question", "answer"),
    "special_measure": ("more",),
}
