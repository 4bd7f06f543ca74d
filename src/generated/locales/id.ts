
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's181b9e4962057727': `Sesi Anda telah berakhir. Silakan masuk ke akun Anda dan coba lagi.`,
's188e3caf9bc734ca': `Ada isian formulir yang perlu diperiksa`,
's1949b7242051eefa': `Terlalu banyak percobaan dalam waktu singkat`,
's4c54258ee6b6d65f': `Silakan masuk kembali`,
's582a09cb343c95f4': `Maaf, terjadi kendala di sistem kami`,
's5bd1c22790beaaf7': `Mohon periksa kembali isian Anda, lalu coba lagi.`,
's5d1c29bb47c8d691': `Data ini baru saja berubah`,
's5da9798b2331af2a': `Muat ulang halaman untuk melihat data terbaru, lalu coba lagi.`,
's6a97ff9b224aa1a4': `Koneksi sedang lambat. Silakan coba lagi.`,
's859ce3bcefd17e37': `Sepertinya Anda sedang offline`,
's9b393c4391626c77': `Prosesnya terlalu lama`,
'sa6cacd49fc1fbe9d': `Mohon tunggu sebentar, lalu coba lagi.`,
'sbc6539e241157b65': `Data yang Anda isi tetap tersimpan. Silakan coba lagi sebentar lagi.`,
'sbf338378bf339107': `Data tidak ditemukan`,
'scd1dd6ff53d0d01a': `Coba lagi`,
'se4ca01fb1fa563c9': `Periksa koneksi internet Anda, lalu coba lagi.`,
'sfa7979c21742553a': `Periksa kembali nomor pesanan serta email atau nomor telepon yang Anda gunakan saat checkout.`,
    };
  