"""Settings shared by everyone using the database (thresholds and rules)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wba_desktop.models.base import Base


class AppSetting(Base):
    """One key/value pair; values are JSON text."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="null")
