"""Demo products of a food and beverage manufacturer (made through the product service, so audited).

Registered before the areas that use products: planning, complaints and returns, deliveries.
"""
from __future__ import annotations

from decimal import Decimal

from crdesk.services.products import ProductData

# code, name, specification, unit, unit weight (kg), unit price (yuan)
PRODUCTS = [
    ("YL0101", "纯净水", "550ml×24瓶", "箱", "13.8", "24.00"),
    ("YL0102", "纯净水", "1.5L×12瓶", "箱", "18.6", "30.00"),
    ("YL0103", "天然矿泉水", "380ml×24瓶", "箱", "9.8", "36.00"),
    ("YL0104", "苏打水", "350ml×24瓶", "箱", "9.2", "55.00"),
    ("YL0201", "冰红茶", "500ml×15瓶", "箱", "8.1", "45.00"),
    ("YL0202", "绿茶", "500ml×15瓶", "箱", "8.1", "45.00"),
    ("YL0203", "乌龙茶", "500ml×15瓶", "箱", "8.1", "52.50"),
    ("YL0204", "茉莉花茶", "500ml×15瓶", "箱", "8.1", "45.00"),
    ("YL0301", "橙汁饮料", "450ml×15瓶", "箱", "7.4", "52.50"),
    ("YL0302", "100%苹果汁", "1L×12盒", "箱", "13.2", "118.00"),
    ("YL0303", "芒果汁饮料", "300ml×24罐", "箱", "8.0", "72.00"),
    ("YL0304", "山楂汁", "310ml×20罐", "箱", "7.0", "60.00"),
    ("YL0401", "运动饮料", "600ml×15瓶", "箱", "9.6", "67.50"),
    ("YL0402", "维生素功能饮料", "500ml×15瓶", "箱", "8.2", "75.00"),
    ("YL0501", "原味酸奶", "200g×24杯", "箱", "5.2", "86.40"),
    ("YL0502", "纯牛奶", "250ml×24盒", "箱", "6.5", "62.00"),
    ("YL0503", "核桃乳", "240ml×20罐", "箱", "5.6", "56.00"),
    ("YL0504", "椰子汁", "245ml×24罐", "箱", "6.9", "72.00"),
    ("YL0601", "咖啡饮料", "280ml×15瓶", "箱", "4.8", "67.50"),
    ("YL0602", "奶茶", "380ml×15瓶", "箱", "6.2", "67.50"),
    ("SP0101", "苏打饼干", "400g×12袋", "箱", "5.5", "96.00"),
    ("SP0102", "夹心饼干", "100g×48包", "箱", "5.3", "115.20"),
    ("SP0201", "原味薯片", "70g×30袋", "箱", "2.6", "135.00"),
    ("SP0202", "番茄味薯片", "70g×30袋", "箱", "2.6", "135.00"),
    ("SP0301", "即食燕麦片", "700g×10袋", "箱", "7.6", "158.00"),
    ("SP0401", "八宝粥", "360g×12罐", "箱", "5.0", "48.00"),
    ("SP0402", "午餐肉罐头", "340g×24罐", "箱", "8.9", "288.00"),
    ("SP0501", "红烧牛肉面", "5连包×6", "箱", "3.2", "72.00"),
    ("TL0101", "生抽酱油", "500ml×12瓶", "箱", "7.2", "84.00"),
    ("TL0102", "香醋", "420ml×12瓶", "箱", "6.2", "60.00"),
]


def generate(services, scale: int, rng, progress) -> None:
    with services.ctx.db.atomic():
        for index, (code, name, spec, unit, weight, price) in enumerate(PRODUCTS, start=1):
            services.products.save(ProductData(code, name, spec, unit, Decimal(weight), Decimal(price)))
            progress("products", index, len(PRODUCTS))
