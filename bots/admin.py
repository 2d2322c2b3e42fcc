from __future__ import annotations

from django import forms
from django.contrib import admin
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from bots import services
from bots.engine import offline_reply
from bots.material import TAGS
from bots.models import BotTurn, Persona, RoomPersona

PREVIEW_SEEDS = (1, 2, 3)


class RoomPersonaInline(admin.TabularInline):
    model = RoomPersona
    extra = 0
    raw_id_fields = ["room"]


class MaterialField(forms.CharField):
    """A persona's material edited as text, one line per line of the list."""

    widget = forms.Textarea(attrs={"rows": 24, "cols": 110})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        text = super().to_python(value)
        return [line.strip() for line in text.splitlines() if line.strip()]


def material_help() -> str:
    """The material's help text with every tag the engine reads and what it is for, so staff
    editing a persona need not look it up in the code."""
    tags = format_html_join("", "<li><code>#{}</code>: {}</li>", sorted(TAGS.items()))
    return format_html(
        '{}<details><summary>The tags</summary><ul class="material-tags">{}</ul></details>',
        Persona._meta.get_field("material").help_text,
        tags,
    )


class PersonaAdminForm(forms.ModelForm):
    material = MaterialField(required=False, help_text=material_help())

    class Meta:
        model = Persona
        fields = "__all__"

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"]
        services.persona_slug_check(slug=slug, persona=self.instance)
        return slug


class PreviewForm(forms.Form):
    message = forms.CharField(
        label="Test message", max_length=500, initial="What do you make of the stars tonight?"
    )
    theme = forms.CharField(label="Room theme", max_length=200, required=False)


@admin.register(Persona)
class PersonaAdmin(admin.ModelAdmin):
    form = PersonaAdminForm
    list_display = [
        "name",
        "slug",
        "avatar",
        "talkativeness",
        "is_active",
        "is_house_bot",
        "preview",
    ]
    list_filter = ["is_active", "is_house_bot"]
    search_fields = ["name", "slug", "bio", "system_prompt"]
    list_editable = ["is_active"]
    readonly_fields = ["user"]
    inlines = [RoomPersonaInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "avatar", "color_hue", "bio", "is_active"]}),
        (
            "Voice",
            {"fields": ["system_prompt", "style", "material", "max_reply_chars", "talkativeness"]},
        ),
        ("Model", {"fields": ["model_override", "is_house_bot", "user"]}),
    ]

    def save_model(self, request, obj: Persona, form, change: bool) -> None:
        # Its account first, as `seed_personas` makes it (the admin saves in one transaction).
        services.persona_account_save(persona=obj)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        services.persona_seats_sync(persona=form.instance)

    def get_urls(self):
        urls = [
            path(
                "<int:pk>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name="bots_persona_preview",
            )
        ]
        return urls + super().get_urls()

    @admin.display(description="Sample replies")
    def preview(self, persona: Persona) -> str:
        return format_html(
            '<a href="{}">Try it</a>', reverse("admin:bots_persona_preview", args=[persona.pk])
        )

    def preview_view(self, request, pk: int):
        """Sample replies from the offline engine to a test message, before activating."""
        persona = self.get_object(request, str(pk))
        if persona is None or not self.has_view_permission(request, persona):
            return self._get_obj_does_not_exist_redirect(request, self.opts, str(pk))
        form = PreviewForm(request.GET or None)
        samples = []
        if form.is_valid():
            voice = persona.voice()
            previous = None
            for seed in PREVIEW_SEEDS:
                previous = offline_reply(
                    voice,
                    message=form.cleaned_data["message"],
                    theme=form.cleaned_data["theme"],
                    seed=seed,
                    avoid=previous,
                    said=tuple(samples),  # three different replies, as a room would hear them
                )
                samples.append(previous)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "persona": persona,
            "form": form,
            "samples": samples,
            "title": f"Sample replies: {persona.name}",
        }
        return TemplateResponse(request, "admin/bots/persona/preview.html", context)


@admin.register(BotTurn)
class BotTurnAdmin(admin.ModelAdmin):
    list_display = ["id", "room", "persona", "hop", "status", "provider", "created_at"]
    list_filter = ["status", "provider", "persona"]
    search_fields = ["room__name", "persona__name", "error"]
    list_select_related = ["room", "persona"]
    raw_id_fields = ["room", "trigger", "root", "reply", "requested_by"]
    readonly_fields = ["created_at", "finished_at", "stop_requested_at"]
