"""crdesk — desktop application for a manufacturer's customer service center (客户服务中心)."""

__version__ = "0.1.0"
