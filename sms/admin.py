from __future__ import annotations

from django.contrib import admin

from sms.models import Inbound, OptOut, Outbound, Phone


@admin.register(Phone)
class PhoneAdmin(admin.ModelAdmin):
    list_display = ["number", "user", "confirmed_at", "room", "created_at"]
    list_filter = ["confirmed_at"]
    search_fields = ["number", "user__username"]
    raw_id_fields = ["user", "room"]
    readonly_fields = ["code_hash", "code_sent_at", "code_attempts", "created_at"]


@admin.register(OptOut)
class OptOutAdmin(admin.ModelAdmin):
    list_display = ["number", "created_at"]
    search_fields = ["number"]


@admin.register(Inbound)
class InboundAdmin(admin.ModelAdmin):
    list_display = ["received_at", "sender", "user", "outcome", "body"]
    list_filter = ["outcome"]
    search_fields = ["sender", "sid", "body"]
    raw_id_fields = ["user", "message"]
    readonly_fields = ["received_at"]


@admin.register(Outbound)
class OutboundAdmin(admin.ModelAdmin):
    """Every text Salon sent or meant to: with the console provider, its outbox."""

    list_display = ["created_at", "number", "user", "kind", "status", "attempts", "body"]
    list_filter = ["kind", "status", "provider"]
    search_fields = ["number", "body", "provider_sid", "user__username"]
    raw_id_fields = ["user", "message"]
    readonly_fields = ["created_at", "updated_at"]
