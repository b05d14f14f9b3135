/**
 * The people the local identity provider can sign in: invented, but shaped like the data the
 * national identity system shares (12-digit personal identification number whose first three
 * digits are the province of birth and fourth the gender and century; addresses after the 2025
 * reorganisation, with communes directly under provinces).
 */
export interface TestCitizen {
  /** Stable subject identifier, as the provider would issue it. */
  sub: string
  personalId: string
  fullName: string
  /** YYYY-MM-DD */
  birthdate: string
  gender: 'male' | 'female'
  phone: string
  email: string
  address: string
}

export const testCitizens: TestCitizen[] = [
  {
    sub: 'test-citizen-001',
    personalId: '001085012345',
    fullName: 'Nguyễn Văn An',
    birthdate: '1985-03-14',
    gender: 'male',
    phone: '0912345678',
    email: 'nguyen.van.an@example.vn',
    address: 'Số 12 phố Hàng Bài, phường Hoàn Kiếm, thành phố Hà Nội',
  },
  {
    sub: 'test-citizen-002',
    personalId: '079192004567',
    fullName: 'Trần Thị Bích Ngọc',
    birthdate: '1992-11-02',
    gender: 'female',
    phone: '0987654321',
    email: 'tran.thi.bich.ngoc@example.vn',
    address: '45 đường Lê Lợi, phường Sài Gòn, Thành phố Hồ Chí Minh',
  },
  {
    sub: 'test-citizen-003',
    personalId: '048201000789',
    fullName: 'Lê Hoàng Minh',
    birthdate: '2001-07-30',
    gender: 'male',
    phone: '0905111222',
    email: 'le.hoang.minh@example.vn',
    address: '88 đường Bạch Đằng, phường Hải Châu, thành phố Đà Nẵng',
  },
  {
    sub: 'test-citizen-004',
    personalId: '038168002468',
    fullName: 'Phạm Thị Hương',
    birthdate: '1968-01-21',
    gender: 'female',
    phone: '0373333444',
    email: 'pham.thi.huong@example.vn',
    address: 'Thôn Đông, xã Hoằng Hoá, tỉnh Thanh Hoá',
  },
  {
    sub: 'test-citizen-005',
    personalId: '092095013579',
    fullName: 'Võ Quốc Bảo',
    birthdate: '1995-09-09',
    gender: 'male',
    phone: '0868555666',
    email: 'vo.quoc.bao@example.vn',
    address: '27 đường Ba Tháng Hai, phường Ninh Kiều, thành phố Cần Thơ',
  },
]

export const findTestCitizen = (sub: string) => testCitizens.find((citizen) => citizen.sub === sub)
