# generated from ui/settings_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QDoubleSpinBox, QFontComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 480)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalTabLayout = QFormLayout(self.generalTab)
        self.generalTabLayout.setObjectName(u"generalTabLayout")
        self.generalTabLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.ownDepartmentComboLabel = QLabel(self.generalTab)
        self.ownDepartmentComboLabel.setObjectName(u"ownDepartmentComboLabel")

        self.generalTabLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ownDepartmentComboLabel)

        self.ownDepartmentCombo = QComboBox(self.generalTab)
        self.ownDepartmentCombo.setObjectName(u"ownDepartmentCombo")

        self.generalTabLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ownDepartmentCombo)

        self.homeRegionEditLabel = QLabel(self.generalTab)
        self.homeRegionEditLabel.setObjectName(u"homeRegionEditLabel")

        self.generalTabLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.homeRegionEditLabel)

        self.homeRegionEdit = QLineEdit(self.generalTab)
        self.homeRegionEdit.setObjectName(u"homeRegionEdit")

        self.generalTabLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.homeRegionEdit)

        self.languageComboLabel = QLabel(self.generalTab)
        self.languageComboLabel.setObjectName(u"languageComboLabel")

        self.generalTabLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageComboLabel)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalTabLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.tabs.addTab(self.generalTab, "")
        self.reportTab = QWidget()
        self.reportTab.setObjectName(u"reportTab")
        self.reportTabLayout = QFormLayout(self.reportTab)
        self.reportTabLayout.setObjectName(u"reportTabLayout")
        self.reportTabLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fontComboLabel = QLabel(self.reportTab)
        self.fontComboLabel.setObjectName(u"fontComboLabel")

        self.reportTabLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fontComboLabel)

        self.fontCombo = QFontComboBox(self.reportTab)
        self.fontCombo.setObjectName(u"fontCombo")

        self.reportTabLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fontCombo)

        self.fontSizeSpinLabel = QLabel(self.reportTab)
        self.fontSizeSpinLabel.setObjectName(u"fontSizeSpinLabel")

        self.reportTabLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fontSizeSpinLabel)

        self.fontSizeSpin = QDoubleSpinBox(self.reportTab)
        self.fontSizeSpin.setObjectName(u"fontSizeSpin")
        self.fontSizeSpin.setMinimum(6.000000000000000)
        self.fontSizeSpin.setMaximum(36.000000000000000)
        self.fontSizeSpin.setDecimals(1)

        self.reportTabLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fontSizeSpin)

        self.titleSizeSpinLabel = QLabel(self.reportTab)
        self.titleSizeSpinLabel.setObjectName(u"titleSizeSpinLabel")

        self.reportTabLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleSizeSpinLabel)

        self.titleSizeSpin = QDoubleSpinBox(self.reportTab)
        self.titleSizeSpin.setObjectName(u"titleSizeSpin")
        self.titleSizeSpin.setMinimum(6.000000000000000)
        self.titleSizeSpin.setMaximum(48.000000000000000)
        self.titleSizeSpin.setDecimals(1)

        self.reportTabLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleSizeSpin)

        self.marginLeftSpinLabel = QLabel(self.reportTab)
        self.marginLeftSpinLabel.setObjectName(u"marginLeftSpinLabel")

        self.reportTabLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.marginLeftSpinLabel)

        self.marginLeftSpin = QDoubleSpinBox(self.reportTab)
        self.marginLeftSpin.setObjectName(u"marginLeftSpin")
        self.marginLeftSpin.setMinimum(0.000000000000000)
        self.marginLeftSpin.setMaximum(60.000000000000000)
        self.marginLeftSpin.setDecimals(0)

        self.reportTabLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.marginLeftSpin)

        self.marginRightSpinLabel = QLabel(self.reportTab)
        self.marginRightSpinLabel.setObjectName(u"marginRightSpinLabel")

        self.reportTabLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.marginRightSpinLabel)

        self.marginRightSpin = QDoubleSpinBox(self.reportTab)
        self.marginRightSpin.setObjectName(u"marginRightSpin")
        self.marginRightSpin.setMinimum(0.000000000000000)
        self.marginRightSpin.setMaximum(60.000000000000000)
        self.marginRightSpin.setDecimals(0)

        self.reportTabLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.marginRightSpin)

        self.marginTopSpinLabel = QLabel(self.reportTab)
        self.marginTopSpinLabel.setObjectName(u"marginTopSpinLabel")

        self.reportTabLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.marginTopSpinLabel)

        self.marginTopSpin = QDoubleSpinBox(self.reportTab)
        self.marginTopSpin.setObjectName(u"marginTopSpin")
        self.marginTopSpin.setMinimum(0.000000000000000)
        self.marginTopSpin.setMaximum(60.000000000000000)
        self.marginTopSpin.setDecimals(0)

        self.reportTabLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.marginTopSpin)

        self.marginBottomSpinLabel = QLabel(self.reportTab)
        self.marginBottomSpinLabel.setObjectName(u"marginBottomSpinLabel")

        self.reportTabLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.marginBottomSpinLabel)

        self.marginBottomSpin = QDoubleSpinBox(self.reportTab)
        self.marginBottomSpin.setObjectName(u"marginBottomSpin")
        self.marginBottomSpin.setMinimum(0.000000000000000)
        self.marginBottomSpin.setMaximum(60.000000000000000)
        self.marginBottomSpin.setDecimals(0)

        self.reportTabLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.marginBottomSpin)

        self.templateEditLabel = QLabel(self.reportTab)
        self.templateEditLabel.setObjectName(u"templateEditLabel")

        self.reportTabLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.templateEditLabel)

        self.templateEditLayout = QHBoxLayout()
        self.templateEditLayout.setObjectName(u"templateEditLayout")
        self.templateEdit = QLineEdit(self.reportTab)
        self.templateEdit.setObjectName(u"templateEdit")

        self.templateEditLayout.addWidget(self.templateEdit)

        self.templateButton = QPushButton(self.reportTab)
        self.templateButton.setObjectName(u"templateButton")

        self.templateEditLayout.addWidget(self.templateButton)


        self.reportTabLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.templateEditLayout)

        self.signatureEditLabel = QLabel(self.reportTab)
        self.signatureEditLabel.setObjectName(u"signatureEditLabel")

        self.reportTabLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.signatureEditLabel)

        self.signatureEdit = QPlainTextEdit(self.reportTab)
        self.signatureEdit.setObjectName(u"signatureEdit")
        self.signatureEdit.setTabChangesFocus(True)

        self.reportTabLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signatureEdit)

        self.executorEditLabel = QLabel(self.reportTab)
        self.executorEditLabel.setObjectName(u"executorEditLabel")

        self.reportTabLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.executorEditLabel)

        self.executorEdit = QPlainTextEdit(self.reportTab)
        self.executorEdit.setObjectName(u"executorEdit")
        self.executorEdit.setTabChangesFocus(True)

        self.reportTabLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.executorEdit)

        self.tabs.addTab(self.reportTab, "")
        self.backupTab = QWidget()
        self.backupTab.setObjectName(u"backupTab")
        self.backupTabLayout = QFormLayout(self.backupTab)
        self.backupTabLayout.setObjectName(u"backupTabLayout")
        self.backupTabLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.backupDirEditLabel = QLabel(self.backupTab)
        self.backupDirEditLabel.setObjectName(u"backupDirEditLabel")

        self.backupTabLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backupDirEditLabel)

        self.backupDirEditLayout = QHBoxLayout()
        self.backupDirEditLayout.setObjectName(u"backupDirEditLayout")
        self.backupDirEdit = QLineEdit(self.backupTab)
        self.backupDirEdit.setObjectName(u"backupDirEdit")

        self.backupDirEditLayout.addWidget(self.backupDirEdit)

        self.backupDirButton = QPushButton(self.backupTab)
        self.backupDirButton.setObjectName(u"backupDirButton")

        self.backupDirEditLayout.addWidget(self.backupDirButton)


        self.backupTabLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.backupDirEditLayout)

        self.backupKeepSpinLabel = QLabel(self.backupTab)
        self.backupKeepSpinLabel.setObjectName(u"backupKeepSpinLabel")

        self.backupTabLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupKeepSpinLabel)

        self.backupKeepSpin = QSpinBox(self.backupTab)
        self.backupKeepSpin.setObjectName(u"backupKeepSpin")
        self.backupKeepSpin.setMinimum(1)
        self.backupKeepSpin.setMaximum(365)

        self.backupTabLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backupKeepSpin)

        self.tabs.addTab(self.backupTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ownDepartmentComboLabel.setBuddy(self.ownDepartmentCombo)
        self.homeRegionEditLabel.setBuddy(self.homeRegionEdit)
        self.languageComboLabel.setBuddy(self.languageCombo)
        self.fontComboLabel.setBuddy(self.fontCombo)
        self.fontSizeSpinLabel.setBuddy(self.fontSizeSpin)
        self.titleSizeSpinLabel.setBuddy(self.titleSizeSpin)
        self.marginLeftSpinLabel.setBuddy(self.marginLeftSpin)
        self.marginRightSpinLabel.setBuddy(self.marginRightSpin)
        self.marginTopSpinLabel.setBuddy(self.marginTopSpin)
        self.marginBottomSpinLabel.setBuddy(self.marginBottomSpin)
        self.templateEditLabel.setBuddy(self.templateEdit)
        self.signatureEditLabel.setBuddy(self.signatureEdit)
        self.executorEditLabel.setBuddy(self.executorEdit)
        self.backupDirEditLabel.setBuddy(self.backupDirEdit)
        self.backupKeepSpinLabel.setBuddy(self.backupKeepSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0438", None))
        self.ownDepartmentComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u0421\u0432\u043e\u0439 \u0434\u0435\u043f\u0430\u0440\u0442\u0430\u043c\u0435\u043d\u0442:", None))
#if QT_CONFIG(tooltip)
        self.ownDepartmentCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u041f\u043e\u0434\u0441\u0442\u0430\u0432\u043b\u044f\u0435\u0442\u0441\u044f \u0432 \u043d\u043e\u0432\u044b\u0435 \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.homeRegionEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u0420\u0435\u0433\u0438\u043e\u043d (\u0441\u0432\u043e\u044f \u043e\u0431\u043b\u0430\u0441\u0442\u044c):", None))
#if QT_CONFIG(tooltip)
        self.homeRegionEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u0425\u0440\u0430\u043d\u0438\u0442\u0441\u044f \u0432 \u0444\u0430\u0439\u043b\u0435 \u0431\u0430\u0437\u044b \u0434\u0430\u043d\u043d\u044b\u0445: \u0443 \u043a\u0430\u0436\u0434\u043e\u0439 \u0431\u0430\u0437\u044b \u0441\u0432\u043e\u0439 \u0440\u0435\u0433\u0438\u043e\u043d", None))
#endif // QT_CONFIG(tooltip)
        self.languageComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u042f\u0437\u044b\u043a \u0438\u043d\u0442\u0435\u0440\u0444\u0435\u0439\u0441\u0430:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"\u041e\u0431\u0449\u0438\u0435", None))
        self.fontComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u0428\u0440\u0438\u0444\u0442:", None))
        self.fontSizeSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u0420\u0430\u0437\u043c\u0435\u0440 &\u0442\u0435\u043a\u0441\u0442\u0430 \u0442\u0430\u0431\u043b\u0438\u0446\u044b:", None))
        self.fontSizeSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u043f\u0442", None))
        self.titleSizeSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u0420\u0430\u0437\u043c\u0435\u0440 &\u0437\u0430\u0433\u043e\u043b\u043e\u0432\u043a\u0430:", None))
        self.titleSizeSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u043f\u0442", None))
        self.marginLeftSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u041f\u043e\u043b\u0435 \u0441&\u043b\u0435\u0432\u0430:", None))
        self.marginLeftSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u043c\u043c", None))
        self.marginRightSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u041f\u043e\u043b\u0435 \u0441&\u043f\u0440\u0430\u0432\u0430:", None))
        self.marginRightSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u043c\u043c", None))
        self.marginTopSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u041f\u043e\u043b\u0435 \u0441&\u0432\u0435\u0440\u0445\u0443:", None))
        self.marginTopSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u043c\u043c", None))
        self.marginBottomSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u041f\u043e\u043b\u0435 \u0441&\u043d\u0438\u0437\u0443:", None))
        self.marginBottomSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u043c\u043c", None))
        self.templateEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u0428&\u0430\u0431\u043b\u043e\u043d DOCX:", None))
        self.templateEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u0432\u0441\u0442\u0440\u043e\u0435\u043d\u043d\u044b\u0439 \u0448\u0430\u0431\u043b\u043e\u043d", None))
        self.templateButton.setText(QCoreApplication.translate("SettingsDialog", u"\u0412\u044b\u0431\u0440\u0430\u0442\u044c\u2026", None))
        self.signatureEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u041f\u043e&\u0434\u043f\u0438\u0441\u044c:", None))
        self.signatureEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u0414\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c, \u0424\u0418\u041e \u2014 \u043f\u0435\u0447\u0430\u0442\u0430\u0435\u0442\u0441\u044f \u043f\u043e\u0434 \u0442\u0430\u0431\u043b\u0438\u0446\u0435\u0439", None))
        self.executorEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u0418\u0441\u043f\u043e\u043b\u043d\u0438\u0442\u0435\u043b\u044c:", None))
        self.executorEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u0418\u0441\u043f.: \u0424\u0418\u041e, \u0442\u0435\u043b\u0435\u0444\u043e\u043d", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reportTab), QCoreApplication.translate("SettingsDialog", u"\u041e\u0442\u0447\u0451\u0442", None))
        self.backupDirEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u041f\u0430\u043f\u043a\u0430:", None))
        self.backupDirEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u0440\u044f\u0434\u043e\u043c \u0441 \u0444\u0430\u0439\u043b\u043e\u043c \u0431\u0430\u0437\u044b \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.backupDirButton.setText(QCoreApplication.translate("SettingsDialog", u"\u0412\u044b\u0431\u0440\u0430\u0442\u044c\u2026", None))
        self.backupKeepSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u0425\u0440\u0430\u043d\u0438\u0442\u044c \u043a\u043e\u043f\u0438\u0439:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.backupTab), QCoreApplication.translate("SettingsDialog", u"\u0420\u0435\u0437\u0435\u0440\u0432\u043d\u044b\u0435 \u043a\u043e\u043f\u0438\u0438", None))
    # retranslateUi

