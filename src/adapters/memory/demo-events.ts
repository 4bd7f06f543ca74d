import { type Localized, t } from './localized.js';

/** Carrier scan texts as a carrier's own feed would word them. */
export const EVENT_TEXT = {
  created: t('Shipping label created', 'สร้างใบนำส่งพัสดุแล้ว', 'Label pengiriman dibuat'),
  pickedUp: t('Parcel picked up from the shop', 'รับพัสดุจากร้านค้าแล้ว', 'Paket diambil dari toko'),
  atHub: t('Arrived at sorting hub', 'พัสดุถึงศูนย์คัดแยก', 'Tiba di pusat sortir'),
  leftHub: t('Departed sorting hub', 'พัสดุออกจากศูนย์คัดแยก', 'Berangkat dari pusat sortir'),
  atBranch: t('Arrived at the delivery branch', 'พัสดุถึงสาขาปลายทาง', 'Tiba di cabang pengantaran'),
  outForDelivery: t('Out for delivery with the courier', 'พนักงานกำลังนำส่งพัสดุ', 'Paket sedang diantar kurir'),
  delivered: t('Delivered, signed by recipient', 'นำส่งสำเร็จ ผู้รับลงชื่อรับแล้ว', 'Terkirim, diterima oleh penerima'),
  deliveredMailbox: t('Delivered to the mailbox', 'นำส่งถึงตู้จดหมายแล้ว', 'Diantar ke kotak surat'),
  notHome: t(
    'Delivery attempted, recipient not available',
    'นำส่งไม่สำเร็จ ไม่มีผู้รับ',
    'Pengantaran gagal, penerima tidak ada di tempat',
  ),
  atPickup: t('Ready for collection at pickup point', 'พัสดุพร้อมให้รับที่จุดรับพัสดุ', 'Siap diambil di titik pengambilan'),
  customs: t(
    'Held by customs, awaiting clearance',
    'อยู่ระหว่างตรวจสอบของศุลกากร',
    'Ditahan bea cukai, menunggu pemeriksaan',
  ),
  exportScan: t('Departed origin country', 'ออกจากประเทศต้นทางแล้ว', 'Berangkat dari negara asal'),
  noUpdates: t(
    'No further updates from the carrier',
    'ไม่มีข้อมูลอัปเดตเพิ่มเติมจากขนส่ง',
    'Tidak ada pembaruan lagi dari kurir',
  ),
} satisfies Record<string, Localized>;

export const PLACES = {
  bangkokHub: t('Bangkok sorting hub, Lat Krabang', 'ศูนย์คัดแยกกรุงเทพฯ ลาดกระบัง', 'Pusat sortir Bangkok, Lat Krabang'),
  bangkokShop: t('Bangkok, Sathorn', 'กรุงเทพฯ สาทร', 'Bangkok, Sathorn'),
  chiangMai: t('Chiang Mai, Mueang', 'เชียงใหม่ อำเภอเมือง', 'Chiang Mai, Mueang'),
  nonthaburi: t('Nonthaburi, Pak Kret', 'นนทบุรี ปากเกร็ด', 'Nonthaburi, Pak Kret'),
  jakartaHub: t('Jakarta hub, Cakung', 'ศูนย์จาการ์ตา จากุง', 'Hub Jakarta, Cakung'),
  bandung: t('Bandung, Coblong', 'บันดุง โจบลง', 'Bandung, Coblong'),
  surabaya: t('Surabaya, Gubeng', 'สุราบายา กูเบ็ง', 'Surabaya, Gubeng'),
  singapore: t('Singapore, Changi', 'สิงคโปร์ ชางงี', 'Singapura, Changi'),
  phuket: t('Phuket, Kathu', 'ภูเก็ต กะทู้', 'Phuket, Kathu'),
} satisfies Record<string, Localized>;
