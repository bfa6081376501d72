#!/usr/bin/env python3
"""Makes a "scanned" copy of a PDF, as an office scans a printed, stamped report.

Each page is drawn at DPI by pdftoppm, turned by 1-2 degrees (alternating), given light noise;
page 1 gets the red rule of a 红头文件 header, the last page a red round seal (ring, star, text in a
ring) over its last lines. Writes OUT.pdf (an image-only PDF, no text layer) and OUT-NN.png.

Usage: scripts/make-scan.py IN.pdf OUT DPI [SEED]
Needs: pdftoppm (poppler-utils), Pillow (python3-pil), fonts-noto-cjk.
"""
import glob, math, os, random, subprocess, sys, tempfile
from PIL import Image, ImageChops, ImageDraw, ImageFont

RED = (215, 25, 30)
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def pages(pdf, dpi, tmp):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(tmp, "p")], check=True)
    return [Image.open(p).convert("RGB") for p in sorted(glob.glob(os.path.join(tmp, "p-*.png")))]


def seal(dpi):
    size = int(dpi * 1.6)  # a 4 cm seal
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    w = max(3, dpi // 40)
    d.ellipse((w, w, size - w, size - w), outline=RED + (230,), width=w)
    c, r = size / 2, size * 0.16
    star = [(c + r * math.cos(math.pi / 2 + i * 4 * math.pi / 5), c - r * math.sin(math.pi / 2 + i * 4 * math.pi / 5)) for i in range(5)]
    d.polygon(star, fill=RED + (230,))
    try:
        font = ImageFont.truetype(FONT, int(size * 0.11))
    except OSError:
        font = ImageFont.load_default()
    text = "某某区人民政府办公室"
    for i, ch in enumerate(text):
        a = math.pi * (1.15 - 1.3 * i / (len(text) - 1))
        x, y = c + size * 0.36 * math.cos(a), c - size * 0.36 * math.sin(a)
        glyph = Image.new("RGBA", (int(size * 0.14),) * 2, (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((0, 0), ch, font=font, fill=RED + (230,))
        glyph = glyph.rotate(math.degrees(a) - 90, expand=True)
        img.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    return img


def last_text_row(page):
    gray = page.convert("L")
    w, h = gray.size
    for y in range(h - 1, 0, -4):
        if gray.crop((0, y, w, y + 1)).getextrema()[0] < 128:
            return y
    return h // 2


def degrade(page, index, count, dpi, rng):
    page = page.copy()
    d = ImageDraw.Draw(page)
    if index == 0:  # the red rule under the header
        y = int(dpi * 1.2)
        d.rectangle((int(dpi * 0.9), y, page.width - int(dpi * 0.9), y + max(2, dpi // 60)), fill=RED)
    if index == count - 1:
        stamp = seal(dpi)
        y = max(0, last_text_row(page) - stamp.height // 2)
        x = page.width - stamp.width - int(dpi * 1.2)
        layer = Image.new("RGBA", page.size, (255, 255, 255, 0))
        layer.alpha_composite(stamp, (x, y))
        # Ink over ink: multiply, so the text under the seal stays dark.
        page = ImageChops.multiply(page, Image.alpha_composite(Image.new("RGBA", page.size, (255, 255, 255, 255)), layer).convert("RGB"))
    angle = (1 + rng.random()) * (1 if index % 2 == 0 else -1)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    noise = Image.effect_noise(page.size, 18).convert("RGB")
    return ImageChops.add(ImageChops.subtract(page, Image.new("RGB", page.size, (9, 9, 9))), noise, scale=1.0, offset=-120)


def main():
    src, out, dpi = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    with tempfile.TemporaryDirectory() as tmp:
        clean = pages(src, dpi, tmp)
        scanned = [degrade(p, i, len(clean), dpi, rng) for i, p in enumerate(clean)]
    for i, p in enumerate(scanned):
        p.save(f"{out}-{i + 1:02d}.png")
    scanned[0].save(out + ".pdf", save_all=True, append_images=scanned[1:], resolution=dpi)


if __name__ == "__main__":
    main()
