/**
 * QrCode — a QR code of a text drawn into a <canvas> (the `qrcode` package; no image URL, so no
 * CSP exception is needed). Error correction L: a link at the share limit still fits one code.
 *
 * Props: `text`; `label` (the canvas's accessible name); `size` (CSS pixels, default 220);
 * `testId`.
 */
import { useEffect, useRef } from 'react';
import QRCode from 'qrcode';

export function QrCode({ text, label, size = 220, testId }: { text: string; label: string; size?: number; testId?: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    QRCode.toCanvas(canvas, text, { errorCorrectionLevel: 'L', margin: 4, width: size * 2, color: { dark: '#000000', light: '#ffffff' } }, () => {
      // A text too long for a QR code leaves the canvas blank; the dialog has said so already.
      canvas.style.width = `${size}px`;
      canvas.style.height = `${size}px`;
    });
  }, [text, size]);
  return <canvas ref={ref} className="share-qr" role="img" aria-label={label} data-testid={testId} width={size * 2} height={size * 2} style={{ width: size, height: size }} />;
}
