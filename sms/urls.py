from __future__ import annotations

from django.urls import path

from sms import views

urlpatterns = [
    path("sms/phone/", views.phone_page, name="sms_phone"),
    path("sms/inbound/", views.inbound_webhook, name="sms_inbound"),
    path("sms/status/", views.status_webhook, name="sms_status"),
]
