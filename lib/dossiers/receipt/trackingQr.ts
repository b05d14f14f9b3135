import QRCode from 'qrcode'

/** A PNG of the QR code for a URL: medium error correction survives a creased or smudged printout. */
export function trackingQrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 0, width: 264 })
}
